package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.index.DocValuesReader;
import jp.kitakyushu.busters.search.index.Filters;
import jp.kitakyushu.busters.search.index.IndexFields;
import jp.kitakyushu.busters.search.index.IndexFields.Family;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Ranks themes by their own text and by the problems curated into them. A theme's text is
 * short and written by staff, its member problems are many and in citizens' words;
 * combining the two (the best few members, geometrically discounted, rather than one
 * concatenated document) rewards a theme with several close members without letting a
 * large theme win on size alone.
 */
final class ThemeScoring {

	/** Themes scored on their own text before members are added. */
	static final int THEME_CANDIDATES = 100;

	private final IndexSearcher searcher;

	private final MatchSettings settings;

	ThemeScoring(IndexSearcher searcher, MatchSettings settings) {
		this.searcher = searcher;
		this.settings = settings;
	}

	List<ScoreDoc> rank(SourceTerms terms, Map<String, Set<String>> filters, Query exclusion, int limit)
			throws IOException {
		// Only the themes' own texts are weighed by how they tell themes apart: member
		// problems are scored as problems, where a word common to every theme still says
		// which problems are closest (measured: weighing both halves lost R@1). Only
		// texts without Japanese words: it lifts English with few rows per theme, where
		// themes have no text of their own, and cost Japanese themes, described by staff,
		// a few rows (module README).
		// Themes score on their mirror fields, whose postings hold the curated documents
		// alone (a tenth of the index): the same scores as on the analysed fields.
		Query scoring = terms.has(Family.JA)
				? terms.mirrorQuery(this.searcher, this.settings, Integer.MAX_VALUE, (term) -> 1f)
				: terms.mirrorQuery(this.searcher, this.settings, Integer.MAX_VALUE, discrimination());
		Map<Integer, Float> scores = new HashMap<>();
		int themesWanted = Math.max(limit, THEME_CANDIDATES);
		boolean membersCount = this.settings.memberWeight() > 0 && this.settings.memberTopN() > 0;
		// With every term weighed alike and no family over the members' limit, the
		// members' disjunction is the themes' one clause for clause: not built twice
		// (each build looks every term up in every mirror field).
		Query memberScoring = !membersCount ? null
				: (terms.has(Family.JA) && terms.mostOfOneFamily() <= this.settings.memberMaxTerms()) ? scoring
						: terms.memberScoring(this.searcher, this.settings, this.settings.memberMaxTerms());
		ScoreDoc[] themeHits;
		ScoreDoc[] memberHits = null;
		Query themeFilter = Filters.of(Set.of(DocumentType.THEME), filters);
		if (memberScoring != null && exclusion instanceof MatchNoDocsQuery
				&& (memberScoring == scoring || memberScoring.equals(scoring))
				&& ThemesAndMembers.fills(this.searcher, themeFilter, themesWanted)) {
			// The same disjunction for both (a text with Japanese words, whose themes'
			// terms are not weighed by discrimination): one pass over its postings.
			ThemesAndMembers.Hits hits = ThemesAndMembers.search(this.searcher, scoring, themeFilter,
					SourceTerms.memberFilter(), themesWanted, this.settings.memberCandidates());
			themeHits = hits.themes();
			memberHits = hits.members();
		}
		else {
			Query themes = excluding(Filters.apply(scoring, Set.of(DocumentType.THEME), filters), exclusion);
			themeHits = TopHits.of(this.searcher, themes, themesWanted);
			if (memberScoring != null) {
				// Only members have the mirror fields: no filter over every document's
				// postings.
				memberHits = TopHits.of(this.searcher, excluding(SourceTerms.members(memberScoring), exclusion),
						this.settings.memberCandidates());
			}
		}
		for (ScoreDoc hit : themeHits) {
			scores.put(hit.doc, this.settings.themeWeight() * hit.score);
		}
		Map<String, Float> memberScores = (memberHits != null) ? memberScores(memberHits) : Map.of();
		if (!memberScores.isEmpty()) {
			// The linked themes' documents, in document order, as a search for their
			// ids lists them.
			for (ThemeDocs.Found theme : ThemeDocs.of(this.searcher, memberScores.keySet(), themeFilter)) {
				float members = memberScores.get(theme.id());
				scores.merge(theme.doc(), this.settings.memberWeight() * members, Float::sum);
			}
		}
		List<ScoreDoc> ranked = new ArrayList<>();
		scores.forEach((doc, score) -> ranked.add(new ScoreDoc(doc, score)));
		ranked.sort(Comparator.comparingDouble((ScoreDoc hit) -> hit.score).reversed());
		return ranked.subList(0, Math.min(limit, ranked.size()));
	}

	/**
	 * Sum of each theme's best member scores, the i-th weighted by decay^i, from the hits
	 * of a query on the members' mirror fields; a theme's suggested members are summed
	 * apart, ranked among themselves, and added at their lower weight. The query has
	 * every term: a proposal has a hundred terms of like weight, and the best 200 members
	 * by all of them are not among the best by a few (English R@1 0.582 fell to 0.541
	 * with 20 terms, 0.570 with 40).
	 */
	private Map<String, Float> memberScores(ScoreDoc[] hits) throws IOException {
		Map<String, Float> curated = new HashMap<>();
		Map<String, Float> suggested = new HashMap<>();
		Map<String, int[]> curatedSeen = new HashMap<>();
		Map<String, int[]> suggestedSeen = new HashMap<>();
		IndexReader reader = this.searcher.getIndexReader();
		List<List<String>> themesOf = DocValuesReader.keywords(reader, docs(hits),
				IndexFields.attribute(SearchDocument.THEME_ID));
		// Without suggestions (weight 0) their doc values are not read at all.
		@Nullable List<List<String>> suggestedOf = (this.settings.suggestedMemberWeight() > 0)
				? DocValuesReader.keywords(reader, docs(hits), IndexFields.attribute(SearchDocument.SUGGESTED_THEME_ID))
				: null;
		for (int i = 0; i < hits.length; i++) {
			add(themesOf.get(i), hits[i].score, curatedSeen, curated);
			if (suggestedOf != null) {
				add(suggestedOf.get(i), hits[i].score, suggestedSeen, suggested);
			}
		}
		suggested
			.forEach((theme, sum) -> curated.merge(theme, this.settings.suggestedMemberWeight() * sum, Float::sum));
		return curated;
	}

	private void add(List<String> themes, float score, Map<String, int[]> seen, Map<String, Float> sums) {
		for (String theme : themes) {
			int rank = seen.computeIfAbsent(theme, (t) -> new int[1])[0]++;
			if (rank < this.settings.memberTopN()) {
				float weight = (float) Math.pow(this.settings.memberDecay(), rank);
				sums.merge(theme, weight * score, Float::sum);
			}
		}
	}

	/**
	 * How much a term tells one theme from another, from the themes' contexts (their
	 * curated problems): {@code (floor + (1 - floor) * icf)^exponent}, where the inverse
	 * theme frequency {@code icf = log(themes / df) / log(themes)} is 1 for a term only
	 * one theme's context has and 0 for one every theme's context has. Terms no context
	 * has keep their weight.
	 */
	private SourceTerms.TermWeight discrimination() throws IOException {
		float exponent = this.settings.themeDiscrimination();
		if (exponent <= 0) {
			return (term) -> 1f;
		}
		IndexReader reader = this.searcher.getIndexReader();
		float floor = this.settings.themeDiscriminationFloor();
		// Once per family, not per term: each count visits every segment.
		Map<Family, Integer> contexts = new EnumMap<>(Family.class);
		for (Family family : Family.values()) {
			CollectionStatistics statistics = this.searcher
				.collectionStatistics(IndexFields.analyzed(IndexFields.CONTEXT, family));
			contexts.put(family, (statistics != null) ? (int) statistics.docCount() : 0);
		}
		return (term) -> {
			String field = IndexFields.analyzed(IndexFields.CONTEXT, term.family());
			int themes = contexts.get(term.family());
			TermStates looked = term.states().get(field);
			int df = (looked != null) ? looked.docFreq() : reader.docFreq(new Term(field, term.text()));
			if (themes < 2 || df <= 0) {
				return 1f;
			}
			double icf = Math.log((double) themes / df) / Math.log(themes);
			return (float) Math.pow(floor + (1 - floor) * icf, exponent);
		};
	}

	private static int[] docs(ScoreDoc[] hits) {
		return Arrays.stream(hits).mapToInt((hit) -> hit.doc).toArray();
	}

	/**
	 * The query without the documents the exclusion matches; the query itself when it
	 * matches none (a text source), which spares rewriting a wrapper around a query of a
	 * hundred clauses.
	 */
	static Query excluding(Query query, Query exclusion) {
		if (exclusion instanceof MatchNoDocsQuery) {
			return query;
		}
		return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
			.add(exclusion, BooleanClause.Occur.MUST_NOT)
			.build();
	}

}
