/**
 * Posting a problem: the form, the check of what the public will see with similar
 * problems ("is this yours?"), and the submission.
 */
@NullMarked
package jp.kitakyushu.busters.web.citizen.post;

import org.jspecify.annotations.NullMarked;
