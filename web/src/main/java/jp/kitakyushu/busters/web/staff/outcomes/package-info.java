/**
 * Outcomes of funded demonstrations: progress reports, the metrics that feed the city's
 * targets (staff hours saved a year, citizens reached, satisfaction), and the problems a
 * demonstration resolved.
 */
@NullMarked
package jp.kitakyushu.busters.web.staff.outcomes;

import org.jspecify.annotations.NullMarked;
