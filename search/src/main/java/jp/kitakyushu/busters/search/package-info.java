/**
 * Lucene-based search and matching for Busters: documents, errors and the source an index
 * is rebuilt from.
 */
@NullMarked
package jp.kitakyushu.busters.search;

import org.jspecify.annotations.NullMarked;
