/**
 * The citizen's part of the site, under {@code /my/**} (role {@code citizen}): posting a
 * problem, following one's own problems, notifications and the account page.
 */
@NullMarked
package jp.kitakyushu.busters.web.citizen;

import org.jspecify.annotations.NullMarked;
