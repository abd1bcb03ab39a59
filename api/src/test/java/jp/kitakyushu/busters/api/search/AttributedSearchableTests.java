package jp.kitakyushu.busters.api.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.index.IndexAttributes;
import jp.kitakyushu.busters.api.system.index.Searchable;
import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.SearchDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attributes another feature keeps about an entity reach its documents on every path the
 * index is written by: a write by id, the documents a writer handed over, and a rebuild;
 * an attribute the entity no longer has is removed, and other types are left alone.
 */
class AttributedSearchableTests {

	private static final Instant AT = Instant.parse("2026-12-01T00:00:00Z");

	private final Searchable problems = new Source("Problem");

	private final IndexAttributes suggested = new Suggested(Map.of("p1", Set.of("Theme:t1")));

	@Test
	void documentsWrittenByIdCarryTheAttributeOrLoseIt() {
		Searchable attributed = AttributedSearchable.of(this.problems, List.of(this.suggested));
		Map<String, List<SearchDocument>> documents = attributed.searchDocuments(List.of("p1", "p2"));
		assertThat(documents.get("p1").get(0).attribute("suggestedThemeId")).containsExactly("Theme:t1");
		// p2 came with a stale value from its owner; the keeper of the attribute has
		// none.
		assertThat(documents.get("p2").get(0).attributes()).doesNotContainKey("suggestedThemeId");
		assertThat(attributed.searchDocumentsOf(List.of("p1")).get("p1").get(0).attribute("suggestedThemeId"))
			.containsExactly("Theme:t1");
	}

	@Test
	void entitiesThatCannotHoldAValueAreNotAskedAbout() {
		Suggested onlyP1 = new Suggested(Map.of("p1", Set.of("Theme:t1")),
				Set.of(GlobalId.encode("Problem", "p2"), GlobalId.encode("Problem", "p3")));
		Searchable attributed = AttributedSearchable.of(this.problems, List.of(onlyP1));
		Map<String, List<SearchDocument>> documents = attributed.searchDocuments(List.of("p1", "p2"));
		assertThat(onlyP1.asked).containsExactly(List.of("p1"));
		assertThat(documents.get("p1").get(0).attribute("suggestedThemeId")).containsExactly("Theme:t1");
		// Whatever its owner gave it, it has no value.
		assertThat(documents.get("p2").get(0).attributes()).doesNotContainKey("suggestedThemeId");
		// Nobody to ask about: no question at all.
		assertThat(attributed.searchDocuments(List.of("p3")).get("p3").get(0).attributes()).isEmpty();
		assertThat(onlyP1.asked).hasSize(1);
	}

	@Test
	void aRebuildReadsEveryValueOnce() {
		Searchable attributed = AttributedSearchable.of(this.problems, List.of(this.suggested));
		assertThat(attributed.allSearchDocuments().map((document) -> document.attribute("suggestedThemeId")))
			.containsExactly(Set.of("Theme:t1"), Set.of());
		assertThat(((Suggested) this.suggested).allReads).isEqualTo(1);
	}

	@Test
	void otherTypesAreLeftAsTheyAre() {
		Searchable themes = new Source("Theme");
		assertThat(AttributedSearchable.of(themes, List.of(this.suggested))).isSameAs(themes);
	}

	/** Two problems, p2 with a value its owner should not have given it. */
	private static final class Source implements Searchable {

		private final String type;

		Source(String type) {
			this.type = type;
		}

		@Override
		public String entityType() {
			return this.type;
		}

		@Override
		public String collection() {
			return "problems";
		}

		@Override
		public Map<String, List<SearchDocument>> searchDocuments(Collection<String> ids) {
			Map<String, List<SearchDocument>> documents = new LinkedHashMap<>();
			ids.forEach((id) -> documents.put(id, List.of(document(id))));
			return documents;
		}

		@Override
		public Map<String, List<SearchDocument>> searchDocumentsOf(List<?> stored) {
			return searchDocuments(stored.stream().map(String::valueOf).toList());
		}

		@Override
		public List<String> changedSince(Instant since) {
			return List.of();
		}

		@Override
		public long count() {
			return 2;
		}

		@Override
		public Stream<SearchDocument> allSearchDocuments() {
			return Stream.of(document("p1"), document("p2"));
		}

		private SearchDocument document(String id) {
			SearchDocument.Builder builder = SearchDocument
				.builder(GlobalId.encode(this.type, id), DocumentType.PROBLEM, AT)
				.text("text of " + id);
			if (id.equals("p2")) {
				builder.attribute("suggestedThemeId", "Theme:old");
			}
			return builder.build();
		}

	}

	/** Suggested themes by problem id, counting the reads of every value. */
	private static final class Suggested implements IndexAttributes {

		private final Map<String, Set<String>> values;

		private final Set<String> cannotHold;

		private final List<Collection<String>> asked = new ArrayList<>();

		private int allReads;

		Suggested(Map<String, Set<String>> values) {
			this(values, Set.of());
		}

		/** Values, and the documents (by id) whose entities can hold none. */
		Suggested(Map<String, Set<String>> values, Set<String> cannotHold) {
			this.values = values;
			this.cannotHold = cannotHold;
		}

		@Override
		public boolean mayHold(SearchDocument document) {
			return !this.cannotHold.contains(document.id());
		}

		@Override
		public String entityType() {
			return "Problem";
		}

		@Override
		public String attribute() {
			return "suggestedThemeId";
		}

		@Override
		public Map<String, Set<String>> valuesOf(Collection<String> ids) {
			this.asked.add(List.copyOf(ids));
			Map<String, Set<String>> found = new LinkedHashMap<>();
			ids.stream().filter(this.values::containsKey).forEach((id) -> found.put(id, this.values.get(id)));
			return found;
		}

		@Override
		public Map<String, Set<String>> allValues() {
			this.allReads++;
			return this.values;
		}

	}

}
