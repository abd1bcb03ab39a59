/**
 * Finds and masks personal data (phone numbers, addresses, names and the like) in
 * Japanese and English free text before it reaches the public.
 */
@NullMarked
package jp.kitakyushu.busters.api.privacy;

import org.jspecify.annotations.NullMarked;
