package jp.kitakyushu.busters.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * One piece of platform content as the search index sees it; the api builds these from
 * its domain objects, already redacted for the audience the index serves.
 *
 * @param id opaque global id, unique across types
 * @param type what the document stands for
 * @param title short title, searched with a higher weight
 * @param text body, description or capabilities
 * @param tags free keywords (searched and filterable)
 * @param context supporting text that is matched against but never shown, searched or
 * highlighted, e.g. a theme's source problems or a company's past public proposals
 * @param category category keyword, or {@code null}
 * @param ward ward keyword, or {@code null}
 * @param status status keyword, or {@code null}
 * @param attributes further keywords for filtering only, e.g. {@code visibility=PUBLIC},
 * owner ids, or {@link #THEME_ID} linking a problem to the theme it was curated into
 * @param updatedAt last change in the source of truth, used as the catch-up watermark
 * @param numbers named whole numbers to sort lists by and filter ranges on, e.g. a
 * creation time in epoch milliseconds or a count
 * @param sortKeys named texts to sort lists by, compared as UTF-8 bytes (as MongoDB
 * compares strings), e.g. a name or a store id
 */
public record SearchDocument(String id, DocumentType type, String title, String text, List<String> tags,
		List<String> context, @Nullable String category, @Nullable String ward, @Nullable String status,
		Map<String, Set<String>> attributes, Instant updatedAt, Map<String, Long> numbers,
		Map<String, String> sortKeys) {

	/**
	 * Attribute naming the theme a document belongs to; theme matching aggregates the
	 * scores of a theme's member problems into the theme's own score.
	 */
	public static final String THEME_ID = "themeId";

	/**
	 * Attribute naming a theme a problem was suggested for by matching, not curated into:
	 * theme matching counts such a member at {@code suggestedMemberWeight}.
	 */
	public static final String SUGGESTED_THEME_ID = "suggestedThemeId";

	/** Longest id accepted; ids are keywords, not text. */
	public static final int MAX_ID_LENGTH = 512;

	public SearchDocument {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(updatedAt, "updatedAt");
		if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
			throw new IllegalArgumentException("id must be 1.." + MAX_ID_LENGTH + " characters");
		}
		title = (title != null) ? title : "";
		text = (text != null) ? text : "";
		tags = (tags != null) ? List.copyOf(tags) : List.of();
		context = (context != null) ? List.copyOf(context) : List.of();
		attributes = (attributes != null) ? copy(attributes) : Map.of();
		numbers = (numbers != null) ? Map.copyOf(numbers) : Map.of();
		sortKeys = (sortKeys != null) ? Map.copyOf(sortKeys) : Map.of();
	}

	/**
	 * Starts a document with the required fields; the rest default to empty.
	 * @param id opaque global id
	 * @param type document type
	 * @param updatedAt last change in the source of truth
	 * @return a builder
	 */
	public static Builder builder(String id, DocumentType type, Instant updatedAt) {
		return new Builder(id, type, updatedAt);
	}

	/**
	 * The values of one attribute.
	 * @param name attribute name
	 * @return its values, empty if absent
	 */
	public Set<String> attribute(String name) {
		return this.attributes.getOrDefault(name, Set.of());
	}

	/**
	 * This document with one attribute set to the given values (removed when there are
	 * none), e.g. links another feature than the document's owner keeps.
	 * @param name attribute name
	 * @param values its values
	 * @return a copy with the attribute replaced
	 */
	public SearchDocument withAttribute(String name, Set<String> values) {
		Map<String, Set<String>> changed = new TreeMap<>(this.attributes);
		if (values.isEmpty()) {
			changed.remove(name);
		}
		else {
			changed.put(name, values);
		}
		return new SearchDocument(this.id, this.type, this.title, this.text, this.tags, this.context, this.category,
				this.ward, this.status, changed, this.updatedAt, this.numbers, this.sortKeys);
	}

	private static Map<String, Set<String>> copy(Map<String, Set<String>> attributes) {
		Map<String, Set<String>> copy = new TreeMap<>();
		attributes.forEach((name, values) -> copy.put(name, Set.copyOf(values)));
		return Map.copyOf(copy);
	}

	/**
	 * Fluent construction of a {@link SearchDocument}.
	 */
	public static final class Builder {

		private final String id;

		private final DocumentType type;

		private final Instant updatedAt;

		private String title = "";

		private String text = "";

		private List<String> tags = List.of();

		private List<String> context = List.of();

		private @Nullable String category;

		private @Nullable String ward;

		private @Nullable String status;

		private final Map<String, Set<String>> attributes = new TreeMap<>();

		private final Map<String, Long> numbers = new TreeMap<>();

		private final Map<String, String> sortKeys = new TreeMap<>();

		private Builder(String id, DocumentType type, Instant updatedAt) {
			this.id = id;
			this.type = type;
			this.updatedAt = updatedAt;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder text(String text) {
			this.text = text;
			return this;
		}

		public Builder tags(List<String> tags) {
			this.tags = tags;
			return this;
		}

		public Builder context(List<String> context) {
			this.context = context;
			return this;
		}

		public Builder category(@Nullable String category) {
			this.category = category;
			return this;
		}

		public Builder ward(@Nullable String ward) {
			this.ward = ward;
			return this;
		}

		public Builder status(@Nullable String status) {
			this.status = status;
			return this;
		}

		public Builder attribute(String name, String... values) {
			this.attributes.put(name, Set.of(values));
			return this;
		}

		/**
		 * Adds a number to sort lists by and filter ranges on.
		 * @param name its name
		 * @param value its value
		 * @return this builder
		 */
		public Builder number(String name, long value) {
			this.numbers.put(name, value);
			return this;
		}

		/**
		 * Adds a text to sort lists by.
		 * @param name its name
		 * @param value its value
		 * @return this builder
		 */
		public Builder sortKey(String name, String value) {
			this.sortKeys.put(name, value);
			return this;
		}

		public SearchDocument build() {
			return new SearchDocument(this.id, this.type, this.title, this.text, this.tags, this.context, this.category,
					this.ward, this.status, this.attributes, this.updatedAt, this.numbers, this.sortKeys);
		}

	}

}
