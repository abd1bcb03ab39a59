/**
 * Top-k matching between document types with contributing terms and passages.
 */
@NullMarked
package jp.kitakyushu.busters.search.match;

import org.jspecify.annotations.NullMarked;
