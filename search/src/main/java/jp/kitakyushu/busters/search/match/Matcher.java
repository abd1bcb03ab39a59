package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.InvalidQueryException;
import jp.kitakyushu.busters.search.Snippet;
import jp.kitakyushu.busters.search.index.Filters;
import jp.kitakyushu.busters.search.index.IndexFields;
import jp.kitakyushu.busters.search.index.SearchIndex;
import jp.kitakyushu.busters.search.query.SnippetHighlighter;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Top-k matching between documents: proposal text to themes, theme to proposals or
 * companies, problem to similar problems, or "more like this" from any text or document.
 * Each result carries its score, the terms that contributed most and highlighted
 * passages.
 */
public final class Matcher {

	/** Passages returned per match. */
	public static final int DEFAULT_PASSAGES = 2;

	private final SearchIndex index;

	private final MatchSettings settings;

	private final SameProblemModel model;

	/**
	 * A matcher with the tuned defaults.
	 * @param index the index to match in
	 */
	public Matcher(SearchIndex index) {
		this(index, MatchSettings.defaults());
	}

	/**
	 * A matcher with explicit settings.
	 * @param index the index to match in
	 * @param settings the tunables
	 */
	public Matcher(SearchIndex index, MatchSettings settings) {
		this(index, settings, SameProblemModel.defaults());
	}

	/**
	 * A matcher with explicit settings and "same problem" model, for tuning.
	 * @param index the index to match in
	 * @param settings the tunables
	 * @param model how problems are scored as the same problem
	 */
	public Matcher(SearchIndex index, MatchSettings settings, SameProblemModel model) {
		this.index = index;
		this.settings = settings;
		this.model = model;
	}

	/**
	 * The least score of a similar problem at which intake shows "is this your problem?".
	 * @return the threshold
	 */
	public float hintThreshold() {
		return this.settings.hintThreshold();
	}

	/**
	 * The tunables this matcher runs with.
	 * @return the settings
	 */
	public MatchSettings settings() {
		return this.settings;
	}

	/**
	 * Themes that fit a text, e.g. the proposal a company is writing.
	 * @param text the text
	 * @param limit results wanted
	 * @return best themes first
	 */
	public List<Match> themesFor(String text, int limit) {
		return match(MatchRequest.text(text).targets(DocumentType.THEME).limit(limit).build());
	}

	/**
	 * Proposals that fit a theme; the caller adds filters that restrict to what the user
	 * may read.
	 * @param themeId the theme's id
	 * @param limit results wanted
	 * @return best proposals first
	 */
	public List<Match> proposalsFor(String themeId, int limit) {
		return match(MatchRequest.document(themeId).targets(DocumentType.PROPOSAL).limit(limit).build());
	}

	/**
	 * Companies whose stated capabilities fit a theme.
	 * @param themeId the theme's id
	 * @param limit results wanted
	 * @return best companies first
	 */
	public List<Match> companiesFor(String themeId, int limit) {
		return match(MatchRequest.document(themeId).targets(DocumentType.COMPANY).limit(limit).build());
	}

	/**
	 * Problems similar to a text being written ("is this yours?").
	 * @param text the draft problem text
	 * @param limit results wanted
	 * @return most similar first
	 */
	public List<Match> similarProblems(String text, int limit) {
		return match(MatchRequest.text(text).targets(DocumentType.PROBLEM).limit(limit).build());
	}

	/**
	 * Problems similar to an indexed problem (duplicate candidates), excluding itself.
	 * @param problemId the problem's id
	 * @param limit results wanted
	 * @return most similar first
	 */
	public List<Match> similarProblemsTo(String problemId, int limit) {
		return match(MatchRequest.document(problemId).targets(DocumentType.PROBLEM).limit(limit).build());
	}

	/**
	 * Runs any match request; matching themes alone also weighs each theme's member
	 * problems.
	 * @param request the request
	 * @return best matches first
	 * @throws InvalidQueryException for an empty text, an unknown document or a bad limit
	 */
	public List<Match> match(MatchRequest request) {
		validate(request);
		return this.index.withSearcher((searcher) -> run(request.targets().equals(Set.of(DocumentType.THEME))
				? themeSearcher(searcher) : matchingSearcher(searcher), request));
	}

	private static void validate(MatchRequest request) {
		if (request.limit() < 1 || request.limit() > MatchRequest.MAX_LIMIT) {
			throw new InvalidQueryException("BAD_PAGE", "Ask for 1 to " + MatchRequest.MAX_LIMIT + " matches.");
		}
		if (request.text() != null && request.text().isBlank()) {
			throw new InvalidQueryException("EMPTY", "There is no text to match.");
		}
	}

	/**
	 * The same reader with the matcher's BM25 parameters: matching long texts against
	 * themes wants other parameters than short user queries, and norms do not depend on
	 * them. Theme members' mirror fields are weighed with the statistics of the fields
	 * they mirror.
	 */
	private IndexSearcher matchingSearcher(IndexSearcher shared) {
		return configuredLike(new MirrorStatisticsSearcher(shared.getIndexReader()), shared);
	}

	/**
	 * The same reader with the matcher's BM25 parameters, weighing words with the
	 * statistics of the curated documents (themes and their members) alone: the problems
	 * no theme links to, however many, then do not change how themes rank.
	 */
	private IndexSearcher themeSearcher(IndexSearcher shared) {
		return configuredLike(new CuratedStatisticsSearcher(shared.getIndexReader()), shared);
	}

	/** The matcher's BM25 parameters, with the shared searcher's time limit and cache. */
	private IndexSearcher configuredLike(IndexSearcher searcher, IndexSearcher shared) {
		searcher.setSimilarity(new MatchSimilarity(this.settings.bm25K1(), this.settings.bm25B()));
		searcher.setTimeout(shared.getTimeout());
		searcher.setQueryCache(shared.getQueryCache());
		return searcher;
	}

	/**
	 * The problems a request would consider the same problem, with the features the model
	 * weighed, best first; for evaluating and fitting {@link SameProblemModel}.
	 * @param request a request whose targets are problems
	 * @return the candidates
	 */
	public List<SameProblemCandidate> sameProblemCandidates(MatchRequest request) {
		validate(request);
		return this.index.withSearcher((shared) -> {
			IndexSearcher searcher = matchingSearcher(shared);
			String text = sourceText(searcher, request);
			SourceTerms terms = SourceTerms.select(searcher, text, this.settings, request.documentId() != null);
			if (terms.isEmpty()) {
				return List.of();
			}
			return sameProblems(searcher, terms, text, request).stream()
				.map(SameProblemRanking.Ranked::candidate)
				.toList();
		});
	}

	/**
	 * Groups published problems into clusters of the same problem, for curating a theme.
	 * @param request which problems (the caller's filters decide which are published)
	 * @return the clusters, largest first
	 * @throws InvalidQueryException for a bad number of problems or cluster size
	 */
	public ClusterResult problemClusters(ClusterRequest request) {
		if (request.maxProblems() < 1 || request.maxProblems() > ClusterRequest.MAX_PROBLEMS) {
			throw new InvalidQueryException("BAD_PAGE", "Group 1 to " + ClusterRequest.MAX_PROBLEMS + " problems.");
		}
		if (request.minSize() < 1) {
			throw new InvalidQueryException("BAD_PAGE", "A cluster has at least one problem.");
		}
		if (request.from() != null && request.to() != null && !request.from().isBefore(request.to())) {
			throw new InvalidQueryException("BAD_PERIOD", "The period must end after it starts.");
		}
		return this.index.withSearcher((searcher) -> new ProblemClustering(matchingSearcher(searcher), this.settings,
				this.model, this.index::restartTimeLimit)
			.cluster(request));
	}

	private List<Match> run(IndexSearcher searcher, MatchRequest request) throws IOException {
		String text = sourceText(searcher, request);
		SourceTerms terms = SourceTerms.select(searcher, text, this.settings, countedInStatistics(searcher, request));
		if (terms.isEmpty()) {
			return List.of();
		}
		List<ScoreDoc> ranked;
		if (request.targets().equals(Set.of(DocumentType.PROBLEM))) {
			ranked = sameProblems(searcher, terms, text, request).stream()
				.map((r) -> new ScoreDoc(r.doc(), r.candidate().sameness()))
				.toList();
		}
		else if (request.targets().equals(Set.of(DocumentType.THEME))) {
			ranked = new ThemeScoring(searcher, this.settings).rank(terms, request.filters(), exclusion(request),
					request.limit());
		}
		else {
			ranked = List.of(TopHits.of(searcher, topical(searcher, terms, request), request.limit()));
		}
		return request.evidence() ? matches(searcher, terms, ranked, text) : bare(searcher, ranked);
	}

	/**
	 * Problems ranked as the same problem as the source: topical candidates found by the
	 * most salient terms, scored by all of them ({@link ProblemCandidates}), then ranked
	 * by the "same problem" model, their retrieval scores only breaking its ties. Both
	 * queries are the cheaper flat ones, whose scores may differ from the nested one's in
	 * the last bit.
	 */
	private List<SameProblemRanking.Ranked> sameProblems(IndexSearcher searcher, SourceTerms terms, String text,
			MatchRequest request) throws IOException {
		SameProblemRanking ranking = new SameProblemRanking(searcher, this.settings, this.model);
		Query full = terms.flatQuery(searcher, this.settings);
		Query first = terms.flatQuery(searcher, this.settings, this.settings.problemRetrievalTerms());
		Query scoring = ThemeScoring.excluding(first, exclusion(request));
		Query filter = Filters.of(request.targets(), request.filters());
		// The problems' filter (type and reader token) lets nearly every document
		// through:
		// it is applied as accepted documents, not as a clause.
		Query topical = (filter != null) ? new DenseFilterQuery(FlatQueries.of(scoring), filter) : scoring;
		ScoreDoc[] hits = ProblemCandidates.of(searcher, topical, full, first == full,
				ranking.candidates(request.limit()));
		return ranking.rank(terms, text, hits, request.limit());
	}

	/**
	 * The source's terms over the requested types and filters, without the source itself.
	 */
	private Query topical(IndexSearcher searcher, SourceTerms terms, MatchRequest request) throws IOException {
		Query scoring = terms.query(searcher, this.settings);
		return ThemeScoring.excluding(Filters.apply(scoring, request.targets(), request.filters()), exclusion(request));
	}

	/**
	 * Whether the request's source is an indexed document the searcher's statistics
	 * count: a proposal matched to themes is none of the curated documents theme matching
	 * counts.
	 */
	private static boolean countedInStatistics(IndexSearcher searcher, MatchRequest request) throws IOException {
		if (request.documentId() == null) {
			return false;
		}
		return StatisticsScope.counts(searcher, request.documentId());
	}

	private static Query exclusion(MatchRequest request) {
		return (request.documentId() != null) ? new TermQuery(new Term(IndexFields.ID, request.documentId()))
				: new MatchNoDocsQuery();
	}

	private List<Match> matches(IndexSearcher searcher, SourceTerms terms, List<ScoreDoc> ranked, String text)
			throws IOException {
		List<Integer> docs = ranked.stream().map((hit) -> hit.doc).toList();
		Map<Integer, List<MatchedTerm>> why = TermContributions.of(searcher, terms, this.settings, docs);
		int[] docIds = docs.stream().mapToInt(Integer::intValue).toArray();
		// Each result is highlighted with only its own reasons, so passages show the same
		// evidence and each costs a handful of term lookups.
		List<Query> highlights = new ArrayList<>(docIds.length);
		for (int doc : docIds) {
			List<String> reasons = why.get(doc).stream().map(MatchedTerm::term).toList();
			highlights.add(reasons.isEmpty() ? null : SourceTerms.highlightQuery(reasons));
		}
		// Each result's stored fields are read (decompressed) once, for its title and for
		// the highlighter's text.
		StoredFields stored = searcher.storedFields();
		Set<String> wanted = Set.of(IndexFields.ID, IndexFields.TYPE, IndexFields.TITLE, IndexFields.TEXT,
				IndexFields.UPDATED_AT);
		List<Document> documents = new ArrayList<>(docIds.length);
		for (int doc : docIds) {
			documents.add(stored.document(doc, wanted));
		}
		List<List<Snippet>> passages = SnippetHighlighter.highlightEach(searcher, highlights, IndexFields.TEXT, docIds,
				documents, DEFAULT_PASSAGES);
		List<Match> matches = new ArrayList<>(ranked.size());
		for (int i = 0; i < ranked.size(); i++) {
			matches
				.add(match(documents.get(i), ranked.get(i).score, written(why.get(docIds[i]), text), passages.get(i)));
		}
		return matches;
	}

	/**
	 * The matches without their terms and passages: only the stored fields a match names
	 * are read, not the text the highlighter would need.
	 */
	private static List<Match> bare(IndexSearcher searcher, List<ScoreDoc> ranked) throws IOException {
		StoredFields stored = searcher.storedFields();
		Set<String> wanted = Set.of(IndexFields.ID, IndexFields.TYPE, IndexFields.TITLE, IndexFields.UPDATED_AT);
		List<Match> matches = new ArrayList<>(ranked.size());
		for (ScoreDoc hit : ranked) {
			matches.add(match(stored.document(hit.doc, wanted), hit.score, List.of(), List.of()));
		}
		return matches;
	}

	private static Match match(Document doc, float score, List<MatchedTerm> terms, List<Snippet> passages) {
		String title = (doc.get(IndexFields.TITLE) != null) ? doc.get(IndexFields.TITLE) : "";
		return new Match(doc.get(IndexFields.ID), DocumentType.valueOf(doc.get(IndexFields.TYPE)), title, score, terms,
				passages, Instant.ofEpochMilli(doc.getField(IndexFields.UPDATED_AT).numericValue().longValue()));
	}

	/**
	 * The reasons spelled as the source writes them, for people to read; highlighting has
	 * used the index's forms.
	 */
	private static List<MatchedTerm> written(List<MatchedTerm> why, String text) {
		List<String> source = List.of(text);
		return why.stream()
			.map((term) -> new MatchedTerm(WrittenWords.spelled(term.term(), source), term.contribution()))
			.toList();
	}

	private String sourceText(IndexSearcher searcher, MatchRequest request) throws IOException {
		String text = storedOrGiven(searcher, request);
		return (text.length() > this.settings.maxTextLength()) ? text.substring(0, this.settings.maxTextLength())
				: text;
	}

	private static String storedOrGiven(IndexSearcher searcher, MatchRequest request) throws IOException {
		if (request.text() != null) {
			return request.text();
		}
		TopDocs found = searcher.search(new TermQuery(new Term(IndexFields.ID, request.documentId())), 1);
		if (found.scoreDocs.length == 0) {
			throw new InvalidQueryException("NOT_FOUND", "There is no document " + request.documentId() + " to match.");
		}
		Document doc = searcher.storedFields().document(found.scoreDocs[0].doc);
		StringBuilder text = new StringBuilder();
		for (String field : IndexFields.TEXT_FIELDS) {
			for (String value : doc.getValues(field)) {
				text.append(value).append('\n');
			}
		}
		return text.toString();
	}

}
