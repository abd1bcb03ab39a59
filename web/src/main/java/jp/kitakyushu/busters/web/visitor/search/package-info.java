/**
 * The search page: everything the visitor may read, found by Japanese or English words.
 */
@NullMarked
package jp.kitakyushu.busters.web.visitor.search;

import org.jspecify.annotations.NullMarked;
