/**
 * Reporting against the city's targets: a projection of problems kept in step by the
 * problem feature's events, programme and fund figures read from the other features' read
 * sides, each figure with a written definition, KPI progress with the records behind it,
 * and the annual report for the DX council.
 */
@ApplicationModule(allowedDependencies = { "problem", "theme", "proposal", "outcome", "fund", "company", "category",
		"system", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.report;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
