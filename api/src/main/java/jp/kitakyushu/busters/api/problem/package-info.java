/**
 * Problems (課題) citizens post: intake on the web or by staff on a citizen's behalf,
 * moderation, support ("me too"), and what became of each.
 */
@NullMarked
package jp.kitakyushu.busters.api.problem;

import org.jspecify.annotations.NullMarked;
