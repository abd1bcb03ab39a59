/**
 * Outcomes of funded demonstrations: progress reports, metrics against the city's
 * targets, and the citizens' problems they resolved.
 */
@ApplicationModule(allowedDependencies = { "proposal", "audit", "system", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.outcome;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
