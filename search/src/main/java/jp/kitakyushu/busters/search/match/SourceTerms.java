package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.analysis.Analysis;
import jp.kitakyushu.busters.search.index.IndexFields;
import jp.kitakyushu.busters.search.index.IndexFields.Family;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * The terms of a source text that best characterise it against the index (in the manner
 * of More Like This): analysed by all three families, weighted by damped frequency times
 * inverse document frequency, the strongest kept per family. Dictionary synonyms of the
 * text's words are kept too, up to their own limit and at a lower weight. Term dictionary
 * lookups are done once per term and field and shared by every search of the request.
 */
final class SourceTerms {

	/**
	 * Candidates looked up per family, as a multiple of the terms kept: a long text has
	 * hundreds of distinct bigrams, and the most frequent few times the limit hold the
	 * ones worth keeping.
	 */
	static final int CANDIDATES_PER_TERM = 4;

	private final List<SelectedTerm> terms;

	private final List<SelectedTerm> unknown;

	private final Set<String> presentFields;

	/** {@link #flatQuery(IndexSearcher, MatchSettings)}, once built. */
	private @Nullable Query flat;

	private SourceTerms(List<SelectedTerm> terms, List<SelectedTerm> unknown, Set<String> presentFields) {
		this.terms = terms;
		this.unknown = unknown;
		this.presentFields = presentFields;
	}

	static SourceTerms select(IndexSearcher searcher, String text, MatchSettings settings) throws IOException {
		return select(searcher, text, settings, false);
	}

	/**
	 * The terms of a text; when the text is an indexed document's own, its frequencies
	 * leave that document out, so a word only it has counts as unknown to the index.
	 */
	static SourceTerms select(IndexSearcher searcher, String text, MatchSettings settings, boolean indexedSource)
			throws IOException {
		IndexReader reader = searcher.getIndexReader();
		int self = indexedSource ? 1 : 0;
		Set<String> present = presentFields(reader);
		List<SelectedTerm> selected = new ArrayList<>();
		List<SelectedTerm> unknown = new ArrayList<>();
		// Theme matching weighs words against the curated documents alone.
		int all = StatisticsScope.documents(searcher);
		int documents = Math.max(1, all - self);
		float maxDocFreq = settings.maxDocFreqRatio() * documents;
		for (Family family : Family.values()) {
			int limit = limit(family, settings);
			if (limit <= 0 || weight(family, settings) <= 0) {
				continue;
			}
			Map<String, Counts> counts = frequencies(family, text);
			List<SelectedTerm> own = new ArrayList<>();
			int unseen = 0;
			for (Map.Entry<String, Counts> entry : mostFrequent(counts, true, limit * CANDIDATES_PER_TERM)) {
				SelectedTerm term = lookUp(searcher, present, family, entry.getKey(), entry.getValue(), 1f, false,
						settings, documents, maxDocFreq, self);
				if (term != null) {
					own.add(term);
				}
				else if (unseen++ < limit) {
					unknown.add(unseen(family, entry.getKey(), entry.getValue(), settings, documents));
				}
			}
			selected.addAll(strongest(own, limit));
			float synonymWeight = synonymWeight(family, settings);
			long ownTerms = counts.values().stream().filter((count) -> count.own > 0).count();
			// A short text (a problem being typed) may say the same thing in other words
			// than the post it duplicates; a long one (a proposal, a theme) already says
			// enough in its own words, where synonyms only add noise.
			if (synonymWeight > 0 && settings.maxExpansions() > 0 && ownTerms <= settings.maxExpansionSourceTerms()) {
				List<SelectedTerm> expansions = new ArrayList<>();
				for (Map.Entry<String, Counts> entry : mostFrequent(counts, false,
						settings.maxExpansions() * CANDIDATES_PER_TERM)) {
					SelectedTerm term = lookUp(searcher, present, family, entry.getKey(), entry.getValue(),
							synonymWeight, true, settings, documents, maxDocFreq, self);
					if (term != null) {
						expansions.add(term);
					}
				}
				selected.addAll(strongest(expansions, settings.maxExpansions()));
			}
		}
		return new SourceTerms(selected, unknown, present);
	}

	/**
	 * A word of the source no indexed document has, weighted as a word in half a
	 * document: no query can use it, but it tells that no indexed problem says what the
	 * source says.
	 */
	private static SelectedTerm unseen(Family family, String text, Counts counts, MatchSettings settings,
			int documents) {
		int frequency = counts.own;
		float idf = (float) Math.log(1 + (documents + 0.5) / 0.5);
		float tf = (float) Math.pow(frequency, settings.queryTfExponent());
		return new SelectedTerm(family, text, 0, tf * idf, Map.of(), false, Set.copyOf(counts.synonyms));
	}

	/**
	 * A term with its weights, or {@code null} when no document has it (or too many do).
	 * An expansion's weights are scaled down: it is the dictionary's word, not the
	 * writer's.
	 */
	private static @Nullable SelectedTerm lookUp(IndexSearcher searcher, Set<String> present, Family family,
			String text, Counts counts, float scale, boolean expansion, MatchSettings settings, int documents,
			float maxDocFreq, int self) throws IOException {
		int frequency = expansion ? counts.expanded : counts.own;
		Set<String> synonyms = expansion ? Set.of() : Set.copyOf(counts.synonyms);
		SelectedTerm term = new SelectedTerm(family, text, 0, 0, new HashMap<>(), expansion, synonyms);
		// An expansion is not in the source document, so that document is not among its
		// frequency; the source's own words are.
		int df = term.docFreq(searcher, present, maxDocFreq) - (expansion ? 0 : self);
		if (df <= 0) {
			return null;
		}
		float idf = (float) Math.log(1 + (documents - df + 0.5) / (df + 0.5));
		float tf = (float) Math.pow(frequency, settings.queryTfExponent());
		return new SelectedTerm(family, text, scale * tf * weight(family, settings), scale * tf * idf, term.states(),
				expansion, synonyms);
	}

	private static List<SelectedTerm> strongest(List<SelectedTerm> candidates, int limit) {
		candidates.sort(Comparator.comparingDouble(SelectedTerm::salience).reversed());
		return candidates.subList(0, Math.min(limit, candidates.size()));
	}

	boolean isEmpty() {
		return this.terms.isEmpty();
	}

	/** The most selected terms of any one family. */
	int mostOfOneFamily() {
		int[] counts = new int[Family.values().length];
		int most = 0;
		for (SelectedTerm term : this.terms) {
			most = Math.max(most, ++counts[term.family().ordinal()]);
		}
		return most;
	}

	/** Whether any selected term is of the given family. */
	boolean has(Family family) {
		return this.terms.stream().anyMatch((term) -> term.family() == family);
	}

	List<SelectedTerm> terms() {
		return this.terms;
	}

	/**
	 * The source's own words no document has (or too many have), with their weights:
	 * never queried, but part of what the source says.
	 */
	List<SelectedTerm> unknown() {
		return this.unknown;
	}

	/** The scoring query: per term, one clause per analysed field the index has. */
	Query query(IndexSearcher searcher, MatchSettings settings) throws IOException {
		return query(searcher, settings, Integer.MAX_VALUE);
	}

	/**
	 * The scoring query as one flat disjunction of a clause per term and field, each
	 * boosted by the term's and the field's weights as the nested clauses' boosts
	 * multiply: MaxScore then bounds each field's postings on their own instead of a
	 * per-term disjunction's, and retrieving problem candidates costs less. A document's
	 * score may differ from {@link #query(IndexSearcher, MatchSettings)}'s in the last
	 * bit (the sums are grouped otherwise), so theme scores, which are shown, keep the
	 * nested query.
	 */
	Query flatQuery(IndexSearcher searcher, MatchSettings settings) throws IOException {
		if (this.flat == null) {
			this.flat = flatQuery(searcher, settings, Integer.MAX_VALUE);
		}
		return this.flat;
	}

	/**
	 * {@link #flatQuery(IndexSearcher, MatchSettings)} of the most salient terms only, at
	 * most {@code perFamily} of each family (a family's own words and dictionary synonyms
	 * together), in the order of {@link #terms()}.
	 */
	Query flatQuery(IndexSearcher searcher, MatchSettings settings, int perFamily) throws IOException {
		Set<SelectedTerm> kept = mostSalient(perFamily);
		if (kept == null && this.flat != null) {
			return this.flat;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (SelectedTerm term : this.terms) {
			if (kept == null || kept.contains(term)) {
				term.addFieldClauses(query, searcher, settings, this.presentFields, false, 1f);
			}
		}
		return query.build();
	}

	/**
	 * The most salient terms, at most {@code perFamily} of each family (first selected
	 * breaks ties), or {@code null} when every term is kept.
	 */
	private @Nullable Set<SelectedTerm> mostSalient(int perFamily) {
		int[] counts = new int[Family.values().length];
		boolean over = false;
		for (SelectedTerm term : this.terms) {
			over |= ++counts[term.family().ordinal()] > perFamily;
		}
		if (!over) {
			return null;
		}
		List<SelectedTerm> bySalience = new ArrayList<>(this.terms);
		// A stable sort: equally salient terms stay in selection order.
		bySalience.sort(Comparator.comparingDouble(SelectedTerm::salience).reversed());
		Set<SelectedTerm> kept = Collections.newSetFromMap(new IdentityHashMap<>());
		int[] taken = new int[Family.values().length];
		for (SelectedTerm term : bySalience) {
			if (taken[term.family().ordinal()]++ < perFamily) {
				kept.add(term);
			}
		}
		return kept;
	}

	/**
	 * The scoring query of the most salient terms only, at most {@code perFamily} of each
	 * family.
	 */
	Query query(IndexSearcher searcher, MatchSettings settings, int perFamily) throws IOException {
		return query(searcher, settings, perFamily, (term) -> 1f);
	}

	/**
	 * The scoring query of the most salient terms on theme members' mirror fields, scored
	 * as {@link #query(IndexSearcher, MatchSettings, int)} scores members, at most
	 * {@code perFamily} of each family. Themes have the mirror fields too (their
	 * statistics are the curated documents'), so only members are kept.
	 */
	Query memberQuery(IndexSearcher searcher, MatchSettings settings, int perFamily) throws IOException {
		return members(memberScoring(searcher, settings, perFamily));
	}

	/**
	 * The scoring part of {@link #memberQuery}, without the filter to members: the
	 * disjunction of the most salient terms' clauses on the mirror fields.
	 */
	Query memberScoring(IndexSearcher searcher, MatchSettings settings, int perFamily) throws IOException {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int[] taken = new int[Family.values().length];
		for (SelectedTerm term : this.terms) {
			if (taken[term.family().ordinal()]++ < perFamily) {
				query.add(term.clause(searcher, settings, this.presentFields, true), BooleanClause.Occur.SHOULD);
			}
		}
		return query.build();
	}

	/** The scoring query restricted to theme members. */
	static Query members(Query scoring) {
		return new BooleanQuery.Builder().add(scoring, BooleanClause.Occur.MUST)
			.add(memberFilter(), BooleanClause.Occur.FILTER)
			.build();
	}

	/** Theme members: themes have the mirror fields too, and are not members. */
	static Query memberFilter() {
		return new TermQuery(new Term(IndexFields.THEME_MEMBER, "true"));
	}

	/**
	 * The scoring query of the most salient terms, each boost scaled by a term weight.
	 */
	Query query(IndexSearcher searcher, MatchSettings settings, int perFamily, TermWeight weight) throws IOException {
		return query(searcher, settings, perFamily, weight, false);
	}

	/**
	 * The scoring query of {@link #query(IndexSearcher, MatchSettings, int, TermWeight)}
	 * on the mirror fields, for the documents that have them (themes and their members):
	 * a mirror holds the same terms, frequencies and norms as the field it mirrors, and
	 * under the curated statistics the same statistics, so each of those documents scores
	 * exactly as on the analysed fields, while the mirror's postings list only the
	 * curated documents instead of every document that has the term.
	 */
	Query mirrorQuery(IndexSearcher searcher, MatchSettings settings, int perFamily, TermWeight weight)
			throws IOException {
		return query(searcher, settings, perFamily, weight, true);
	}

	private Query query(IndexSearcher searcher, MatchSettings settings, int perFamily, TermWeight weight,
			boolean mirrors) throws IOException {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int[] taken = new int[Family.values().length];
		for (SelectedTerm term : this.terms) {
			if (taken[term.family().ordinal()]++ < perFamily) {
				// The clause first: it looks the term up in each field, and the weight
				// may read those lookups.
				Query clause = term.clause(searcher, settings, this.presentFields, mirrors);
				float scale = weight.of(term);
				query.add((scale == 1f) ? clause : new BoostQuery(clause, scale), BooleanClause.Occur.SHOULD);
			}
		}
		return query.build();
	}

	/** A per-term factor on a term's query weight. */
	@FunctionalInterface
	interface TermWeight {

		float of(SelectedTerm term) throws IOException;

	}

	/** The clause of one term, for scoring it alone. */
	Query clause(IndexSearcher searcher, SelectedTerm term, MatchSettings settings) throws IOException {
		return term.clause(searcher, settings, this.presentFields, false);
	}

	/**
	 * The analysed fields the term's clause would search, each with its weight and the
	 * term's lookups in it: for reading its postings directly.
	 */
	List<FieldLookup> fieldLookups(IndexSearcher searcher, SelectedTerm term, MatchSettings settings)
			throws IOException {
		List<FieldLookup> fields = new ArrayList<>();
		for (String field : IndexFields.ANALYZED_FIELDS) {
			float weight = SelectedTerm.fieldWeight(field, settings);
			if (weight > 0) {
				String name = IndexFields.analyzed(field, term.family());
				TermStates states = term.states(searcher, name, this.presentFields);
				if (states != null && states.docFreq() > 0) {
					fields.add(new FieldLookup(name, weight, states));
				}
			}
		}
		return fields;
	}

	/**
	 * A term's lookups in one analysed field, with the field's weight.
	 *
	 * @param field the analysed field
	 * @param weight the field's weight
	 * @param states the term's lookups in it
	 */
	record FieldLookup(String field, float weight, TermStates states) {
	}

	/**
	 * A query of the given terms on the text field, for the highlighter: only the terms
	 * shown as reasons, so passages show the same evidence and highlighting stays cheap.
	 */
	static Query highlightQuery(Collection<String> terms) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String term : terms) {
			for (Family family : Family.values()) {
				if (family != Family.BI) {
					query.add(new TermQuery(new Term(IndexFields.analyzed(IndexFields.TEXT, family), term)),
							BooleanClause.Occur.SHOULD);
				}
			}
		}
		return query.build();
	}

	/**
	 * The analysed fields some segment has: clauses on absent fields (no document has
	 * tags or context yet) would only cost lookups.
	 */
	private static Set<String> presentFields(IndexReader reader) {
		Set<String> present = new HashSet<>();
		for (String field : IndexFields.ANALYZED_FIELDS) {
			for (Family family : Family.values()) {
				String name = IndexFields.analyzed(field, family);
				for (LeafReaderContext leaf : reader.leaves()) {
					if (leaf.reader().getFieldInfos().fieldInfo(name) != null) {
						present.add(name);
						break;
					}
				}
			}
		}
		return present;
	}

	/**
	 * How often each term occurs in the text as the writer's own word and as a dictionary
	 * synonym of one, in order of first occurrence.
	 */
	private static Map<String, Counts> frequencies(Family family, String text) throws IOException {
		Map<String, Counts> counts = new LinkedHashMap<>();
		Map<Integer, List<String>> ownAt = new HashMap<>();
		Map<Integer, List<String>> expandedAt = new HashMap<>();
		try (TokenStream stream = family.queryAnalyzer()
			.tokenStream(IndexFields.analyzed(IndexFields.TEXT, family), text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String word = term.toString();
				Counts count = counts.computeIfAbsent(word, (t) -> new Counts());
				if (Analysis.EXPANSION_TYPE.equals(type.type())) {
					count.expanded++;
					expandedAt.computeIfAbsent(offset.startOffset(), (o) -> new ArrayList<>()).add(word);
				}
				else {
					count.own++;
					ownAt.computeIfAbsent(offset.startOffset(), (o) -> new ArrayList<>()).add(word);
				}
			}
			stream.end();
		}
		// A synonym starts where the word it was found for starts.
		expandedAt.forEach((start, synonyms) -> ownAt.getOrDefault(start, List.of())
			.forEach((word) -> counts.get(word).synonyms.addAll(synonyms)));
		return counts;
	}

	/**
	 * The writer's own terms, or the terms only a synonym brought, the most frequent
	 * first (first occurrence breaks ties).
	 */
	private static List<Map.Entry<String, Counts>> mostFrequent(Map<String, Counts> counts, boolean own, int max) {
		List<Map.Entry<String, Counts>> entries = new ArrayList<>();
		for (Map.Entry<String, Counts> entry : counts.entrySet()) {
			if (own ? entry.getValue().own > 0 : entry.getValue().own == 0) {
				entries.add(entry);
			}
		}
		if (entries.size() > max) {
			entries.sort(Comparator
				.comparingInt(
						(Map.Entry<String, Counts> entry) -> own ? entry.getValue().own : entry.getValue().expanded)
				.reversed());
			entries = entries.subList(0, max);
		}
		return entries;
	}

	private static float synonymWeight(Family family, MatchSettings settings) {
		return switch (family) {
			case JA -> settings.synonymWeightJa();
			case EN -> settings.synonymWeightEn();
			case BI -> 0f;
		};
	}

	/** Occurrences of one term, and the synonyms found for it. */
	private static final class Counts {

		int own;

		int expanded;

		final Set<String> synonyms = new HashSet<>();

	}

	private static int limit(Family family, MatchSettings settings) {
		return switch (family) {
			case JA -> settings.maxTermsJa();
			case EN -> settings.maxTermsEn();
			case BI -> settings.maxTermsBi();
		};
	}

	private static float weight(Family family, MatchSettings settings) {
		return switch (family) {
			case JA -> settings.weightJa();
			case EN -> settings.weightEn();
			case BI -> settings.weightBi();
		};
	}

	/**
	 * One chosen term.
	 *
	 * @param family its analysis
	 * @param text the indexed term
	 * @param boost query weight: family weight times damped source frequency
	 * @param salience how characteristic it is of the source (selection order)
	 * @param states term dictionary lookups done so far, by field
	 * @param expansion whether a dictionary synonym brought it rather than the writer
	 * @param synonyms for the writer's own word, the dictionary synonyms found for it
	 */
	record SelectedTerm(Family family, String text, float boost, float salience, Map<String, TermStates> states,
			boolean expansion, Set<String> synonyms) {

		/** Whether the index has the term; an unknown one is never queried. */
		boolean known() {
			return this.boost > 0;
		}

		/**
		 * Documents with the term in their text, else their title, else their context;
		 * zero when it is in none, or in more than {@code maxDocFreq} documents.
		 */
		int docFreq(IndexSearcher searcher, Set<String> present, float maxDocFreq) throws IOException {
			for (String field : List.of(IndexFields.TEXT, IndexFields.TITLE, IndexFields.CONTEXT)) {
				TermStates states = states(searcher, IndexFields.analyzed(field, this.family), present);
				if (states != null && states.docFreq() > 0) {
					return (states.docFreq() > maxDocFreq) ? 0 : states.docFreq();
				}
			}
			return 0;
		}

		/**
		 * Per-field term queries rather than one BM25F query: term queries expose score
		 * bounds, so the disjunction over a large index is pruned (MaxScore) instead of
		 * scoring every document that has any common term. On theme members' mirror
		 * fields ({@code members}), each term keeps the statistics of the field it
		 * mirrors, so a member scores as it would on that field.
		 */
		Query clause(IndexSearcher searcher, MatchSettings settings, Set<String> present, boolean members)
				throws IOException {
			BooleanQuery.Builder fields = new BooleanQuery.Builder();
			addFieldClauses(fields, searcher, settings, present, members, Float.NaN);
			return new BoostQuery(fields.build(), this.boost);
		}

		/**
		 * Adds one clause per analysed field the term is in; {@code scale} multiplies the
		 * term's boost into each field's (as nested boosts would multiply, in the same
		 * order, so the clause scores as {@link #clause} would), or when NaN each clause
		 * keeps its field weight alone.
		 */
		void addFieldClauses(BooleanQuery.Builder query, IndexSearcher searcher, MatchSettings settings,
				Set<String> present, boolean members, float scale) throws IOException {
			for (String field : IndexFields.ANALYZED_FIELDS) {
				String name = IndexFields.analyzed(field, this.family);
				float weight = fieldWeight(field, settings);
				TermStates states = (weight > 0) ? states(searcher, name, present) : null;
				if (states == null || states.docFreq() <= 0) {
					continue;
				}
				Query term;
				if (members) {
					Term mirror = new Term(IndexFields.member(name), this.text);
					TermStates mirrored = StatisticsScope.mirrorStates(searcher, mirror, states);
					if (mirrored == null || mirrored.docFreq() <= 0) {
						continue;
					}
					// Mirror fields are sparse (only members have them): their norms read
					// from the index go through a sparse index per document scored.
					term = new HeapNormsTermQuery(mirror, mirrored);
				}
				else {
					term = new HeapNormsTermQuery(new Term(name, this.text), states);
				}
				float boost = Float.isNaN(scale) ? weight : (scale * this.boost) * weight;
				query.add(new BoostQuery(term, boost), BooleanClause.Occur.SHOULD);
			}
		}

		private static float fieldWeight(String field, MatchSettings settings) {
			return switch (field) {
				case IndexFields.TITLE -> settings.titleWeight();
				case IndexFields.TAGS -> settings.tagsWeight();
				case IndexFields.CONTEXT -> settings.contextWeight();
				default -> 1f;
			};
		}

		private @Nullable TermStates states(IndexSearcher searcher, String field, Set<String> present)
				throws IOException {
			if (!present.contains(field)) {
				return null;
			}
			TermStates states = this.states.get(field);
			if (states == null) {
				Term term = new Term(field, this.text);
				states = StatisticsScope.states(searcher, term);
				this.states.put(field, states);
			}
			return states;
		}

	}

}
