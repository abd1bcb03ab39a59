/**
 * Index lifecycle: one writer per index, near-real-time searchers, commits, recovery and
 * rebuild.
 */
@NullMarked
package jp.kitakyushu.busters.search.index;

import org.jspecify.annotations.NullMarked;
