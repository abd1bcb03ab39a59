package jp.kitakyushu.busters.search.match;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.DocumentType;
import org.jspecify.annotations.Nullable;

/**
 * What to match: a free text or an indexed document, against which types, with which
 * keyword filters (e.g. {@code visibility=PUBLIC} or {@code status=OPEN}) and how many
 * results.
 *
 * @param text source text, or {@code null} when matching from a document
 * @param documentId source document id, or {@code null} when matching from a text
 * @param targets types to return, all when empty
 * @param filters keyword filters on the results, as in a search
 * @param limit results wanted, 1 to {@link #MAX_LIMIT}
 * @param evidence whether each match carries the terms that made it and highlighted
 * passages; without, both are empty and the ranking and scores are the same
 */
public record MatchRequest(@Nullable String text, @Nullable String documentId, Set<DocumentType> targets,
		Map<String, Set<String>> filters, int limit, boolean evidence) {

	/** Results when no limit is given. */
	public static final int DEFAULT_LIMIT = 5;

	/** Most results a request may ask for. */
	public static final int MAX_LIMIT = 100;

	public MatchRequest {
		if ((text == null) == (documentId == null)) {
			throw new IllegalArgumentException("exactly one of text and documentId is required");
		}
		targets = Set.copyOf(targets);
		filters = Map.copyOf(filters);
	}

	/**
	 * Starts a request matching a free text.
	 * @param text the source text
	 * @return a builder
	 */
	public static Builder text(String text) {
		return new Builder(text, null);
	}

	/**
	 * Starts a request matching an indexed document's title, text and tags.
	 * @param id the document id
	 * @return a builder
	 */
	public static Builder document(String id) {
		return new Builder(null, id);
	}

	/**
	 * Fluent construction of a {@link MatchRequest}.
	 */
	public static final class Builder {

		private final @Nullable String text;

		private final @Nullable String documentId;

		private final Set<DocumentType> targets = EnumSet.noneOf(DocumentType.class);

		private final Map<String, Set<String>> filters = new LinkedHashMap<>();

		private int limit = DEFAULT_LIMIT;

		private boolean evidence = true;

		private Builder(@Nullable String text, @Nullable String documentId) {
			this.text = text;
			this.documentId = documentId;
		}

		public Builder targets(DocumentType... types) {
			this.targets.addAll(Set.of(types));
			return this;
		}

		public Builder filter(String key, String... values) {
			this.filters.computeIfAbsent(key, (k) -> new LinkedHashSet<>()).addAll(Set.of(values));
			return this;
		}

		public Builder limit(int limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * Leaves out each match's terms and passages, for a caller that shows neither:
		 * working them out costs more than loading the matches.
		 * @return this builder
		 */
		public Builder withoutEvidence() {
			this.evidence = false;
			return this;
		}

		public MatchRequest build() {
			return new MatchRequest(this.text, this.documentId, this.targets, this.filters, this.limit, this.evidence);
		}

	}

}
