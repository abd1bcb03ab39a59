/**
 * The Busters Fund's page: totals as a chart and a table, public contributions, and the
 * allocations to selected proposals.
 */
@NullMarked
package jp.kitakyushu.busters.web.visitor.fund;

import org.jspecify.annotations.NullMarked;
