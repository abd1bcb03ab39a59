/**
 * Open data: the public records of the programme as data sets in CSV (UTF-8 with and
 * without a byte-order mark) and JSON under CC BY 4.0, each with a data dictionary, the
 * same bytes for the same data, and one ZIP of everything with SHA-256 sums.
 */
@ApplicationModule(
		allowedDependencies = { "report", "problem", "theme", "proposal", "outcome", "fund", "system", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.opendata;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
