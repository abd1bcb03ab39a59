/**
 * The fund for staff: totals and the balance over time (a chart beside a table),
 * contributions, allocations to selected proposals, disbursements per milestone and
 * reversals, every one behind a confirm step that repeats the amount in yen.
 */
@NullMarked
package jp.kitakyushu.busters.web.staff.fund;

import org.jspecify.annotations.NullMarked;
