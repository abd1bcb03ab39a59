/**
 * Full-text search with filters, facets, paging and highlighted snippets.
 */
@NullMarked
package jp.kitakyushu.busters.search.query;

import org.jspecify.annotations.NullMarked;
