/**
 * The public problems: the list with search words, filters, facet counts, order and
 * pages, and each problem's page with its timeline, supporters, themes, similar problems
 * and what became of it.
 */
@NullMarked
package jp.kitakyushu.busters.web.visitor.problems;

import org.jspecify.annotations.NullMarked;
