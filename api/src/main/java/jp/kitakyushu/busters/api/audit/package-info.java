/**
 * The audit trail: who changed what, when, readable by staff.
 */
@NullMarked
package jp.kitakyushu.busters.api.audit;

import org.jspecify.annotations.NullMarked;
