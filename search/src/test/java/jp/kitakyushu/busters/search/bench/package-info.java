/**
 * The search benchmark: a program that prints indexing and query figures, not a test.
 */
@NullMarked
package jp.kitakyushu.busters.search.bench;

import org.jspecify.annotations.NullMarked;
