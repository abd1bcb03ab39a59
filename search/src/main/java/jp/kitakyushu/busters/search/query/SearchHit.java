package jp.kitakyushu.busters.search.query;

import java.time.Instant;
import java.util.List;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.Snippet;
import org.jspecify.annotations.Nullable;

/**
 * One search result: enough to render a result line without loading the entity.
 *
 * @param id document id
 * @param type document type
 * @param score relevance score (only comparable within one search)
 * @param title the full stored title
 * @param titleHighlights the title as one snippet with its matches
 * @param passages best-matching passages of the text
 * @param category category, if any
 * @param ward ward, if any
 * @param status status, if any
 * @param updatedAt last change
 */
public record SearchHit(String id, DocumentType type, float score, String title, Snippet titleHighlights,
		List<Snippet> passages, @Nullable String category, @Nullable String ward, @Nullable String status,
		Instant updatedAt) {
}
