/**
 * Pages about the site itself: the accessibility statement.
 */
@NullMarked
package jp.kitakyushu.busters.web.visitor.about;

import org.jspecify.annotations.NullMarked;
