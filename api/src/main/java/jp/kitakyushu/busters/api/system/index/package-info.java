/**
 * What features provide so the search index can hold their entities.
 */
@NamedInterface("index")
@NullMarked
package jp.kitakyushu.busters.api.system.index;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
