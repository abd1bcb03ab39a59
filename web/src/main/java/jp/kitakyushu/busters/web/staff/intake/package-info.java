/**
 * Phone, counter and paper intake: one page for a call in progress, with the problems
 * already reported beside it, so staff can add the caller's support instead of a
 * duplicate.
 */
@NullMarked
package jp.kitakyushu.busters.web.staff.intake;

import org.jspecify.annotations.NullMarked;
