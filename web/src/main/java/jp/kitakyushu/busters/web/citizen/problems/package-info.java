/**
 * My problems: what a citizen posted, in every state, with their original text, the
 * reasons staff gave and where a merged problem went.
 */
@NullMarked
package jp.kitakyushu.busters.web.citizen.problems;

import org.jspecify.annotations.NullMarked;
