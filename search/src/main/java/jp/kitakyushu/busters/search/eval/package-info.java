/**
 * Command-line evaluation of the matcher against a plain BM25 baseline on labelled data.
 */
@NullMarked
package jp.kitakyushu.busters.search.eval;

import org.jspecify.annotations.NullMarked;
