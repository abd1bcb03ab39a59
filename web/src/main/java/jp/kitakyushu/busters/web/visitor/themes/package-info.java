/**
 * The themes (calls for proposals): the list by state and category, and each theme's page
 * with its criteria, budget, call window, source problems, selected proposals and
 * results.
 */
@NullMarked
package jp.kitakyushu.busters.web.visitor.themes;

import org.jspecify.annotations.NullMarked;
