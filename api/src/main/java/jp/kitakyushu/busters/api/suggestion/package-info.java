/**
 * Suggested problems: each published theme's published problems no theme has taken up
 * that matching gives it most clearly, kept as problems change and themes change, shown
 * to staff and counted by theme matching at a lower weight than curated problems.
 */
@ApplicationModule(allowedDependencies = { "problem", "theme", "system", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.suggestion;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
