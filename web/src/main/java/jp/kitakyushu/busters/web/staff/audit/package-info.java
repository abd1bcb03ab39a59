/**
 * The audit trail for staff: who did what to which object and when, narrowed by object,
 * type, actor, action and period, each entry linking to its object.
 */
@NullMarked
package jp.kitakyushu.busters.web.staff.audit;

import org.jspecify.annotations.NullMarked;
