/**
 * Saying "me too" to a public problem, and taking it back.
 */
@NullMarked
package jp.kitakyushu.busters.web.citizen.support;

import org.jspecify.annotations.NullMarked;
