/**
 * Problems (課題) citizens post: intake on the web or by staff on a citizen's behalf,
 * moderation, support ("me too"), and what became of each.
 */
@ApplicationModule(
		allowedDependencies = { "theme", "outcome", "category", "audit", "privacy", "system", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.problem;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
