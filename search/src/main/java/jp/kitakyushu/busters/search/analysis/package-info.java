/**
 * Japanese, English and CJK-bigram analysis with the domain synonym list.
 */
@NullMarked
package jp.kitakyushu.busters.search.analysis;

import org.jspecify.annotations.NullMarked;
