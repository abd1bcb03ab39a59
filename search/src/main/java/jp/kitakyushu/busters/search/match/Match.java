package jp.kitakyushu.busters.search.match;

import java.time.Instant;
import java.util.List;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.Snippet;

/**
 * One matching document with the evidence for it.
 *
 * @param id document id
 * @param type document type
 * @param title stored title
 * @param score match score, only comparable within one request
 * @param terms the terms that contributed most, strongest first
 * @param passages highlighted passages of the document's text
 * @param updatedAt when the document last changed, as the index holds it (so a caller can
 * load the entity at that change, as it does for search hits)
 */
public record Match(String id, DocumentType type, String title, float score, List<MatchedTerm> terms,
		List<Snippet> passages, Instant updatedAt) {
}
