/**
 * Companies for staff: the verification queue (corporate numbers are check-digit
 * validated at registration), and verifying, suspending with a reason and reinstating.
 */
@NullMarked
package jp.kitakyushu.busters.web.staff.companies;

import org.jspecify.annotations.NullMarked;
