/**
 * Moderation: the queue of submitted problems, oldest first, and the review of one
 * problem side by side with what the public would read and its duplicate candidates, to
 * publish, reject with a reason or merge.
 */
@NullMarked
package jp.kitakyushu.busters.web.staff.moderation;

import org.jspecify.annotations.NullMarked;
