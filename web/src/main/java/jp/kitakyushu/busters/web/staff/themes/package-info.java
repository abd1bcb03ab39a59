/**
 * Themes for staff: the list, the editor of a draft (criteria weighted as shares of
 * 100%), publishing and cancelling with a confirm step, and the companies to reach out to
 * while the call is open.
 */
@NullMarked
package jp.kitakyushu.busters.web.staff.themes;

import org.jspecify.annotations.NullMarked;
