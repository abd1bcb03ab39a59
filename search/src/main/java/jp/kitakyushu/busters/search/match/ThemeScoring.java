package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.index.DocValuesReader;
import jp.kitakyushu.busters.search.index.Filters;
import jp.kitakyushu.busters.search.index.IndexFields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

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
		Query scoring = terms.query(this.searcher, this.settings);
		Map<Integer, Float> scores = new HashMap<>();
		Query themes = excluding(Filters.apply(scoring, Set.of(DocumentType.THEME), filters), exclusion);
		for (ScoreDoc hit : TopHits.of(this.searcher, themes, Math.max(limit, THEME_CANDIDATES))) {
			scores.put(hit.doc, this.settings.themeWeight() * hit.score);
		}
		Map<String, Float> memberScores = memberScores(
				terms.query(this.searcher, this.settings, this.settings.memberMaxTerms()), exclusion);
		if (!memberScores.isEmpty()) {
			Query linked = new BooleanQuery.Builder()
				.add(new TermInSetQuery(IndexFields.ID, memberScores.keySet().stream().map(BytesRef::new).toList()),
						BooleanClause.Occur.MUST)
				.build();
			Query linkedThemes = Filters.apply(linked, Set.of(DocumentType.THEME), filters);
			IndexReader reader = this.searcher.getIndexReader();
			for (ScoreDoc hit : TopHits.of(this.searcher, linkedThemes, memberScores.size())) {
				float members = memberScores.get(DocValuesReader.id(reader, hit.doc));
				scores.merge(hit.doc, this.settings.memberWeight() * members, Float::sum);
			}
		}
		List<ScoreDoc> ranked = new ArrayList<>();
		scores.forEach((doc, score) -> ranked.add(new ScoreDoc(doc, score)));
		ranked.sort(Comparator.comparingDouble((ScoreDoc hit) -> hit.score).reversed());
		return ranked.subList(0, Math.min(limit, ranked.size()));
	}

	/** Sum of each theme's best member scores, the i-th weighted by decay^i. */
	private Map<String, Float> memberScores(Query scoring, Query exclusion) throws IOException {
		if (this.settings.memberWeight() <= 0 || this.settings.memberTopN() <= 0) {
			return Map.of();
		}
		Query members = new BooleanQuery.Builder().add(scoring, BooleanClause.Occur.MUST)
			.add(new TermQuery(new Term(IndexFields.THEME_MEMBER, "true")), BooleanClause.Occur.FILTER)
			.build();
		IndexReader reader = this.searcher.getIndexReader();
		Map<String, int[]> seen = new HashMap<>();
		Map<String, Float> sums = new HashMap<>();
		for (ScoreDoc hit : TopHits.of(this.searcher, excluding(members, exclusion),
				this.settings.memberCandidates())) {
			for (String theme : DocValuesReader.attribute(reader, hit.doc, SearchDocument.THEME_ID)) {
				int rank = seen.computeIfAbsent(theme, (t) -> new int[1])[0]++;
				if (rank < this.settings.memberTopN()) {
					float weight = (float) Math.pow(this.settings.memberDecay(), rank);
					sums.merge(theme, weight * hit.score, Float::sum);
				}
			}
		}
		return sums;
	}

	static Query excluding(Query query, Query exclusion) {
		return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
			.add(exclusion, BooleanClause.Occur.MUST_NOT)
			.build();
	}

}
