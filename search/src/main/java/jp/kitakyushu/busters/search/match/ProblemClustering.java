package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.analysis.Places;
import jp.kitakyushu.busters.search.index.DocValuesReader;
import jp.kitakyushu.busters.search.index.DocumentWords;
import jp.kitakyushu.busters.search.index.Filters;
import jp.kitakyushu.busters.search.index.IndexFields;
import jp.kitakyushu.busters.search.index.IndexFields.Family;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Groups published problems into clusters of the same problem with the similar-problems
 * score itself: each problem is matched against the others under the same filters, a pair
 * is linked by {@link ClusterPairModel}'s probability, which weighs both problems'
 * matches of each other and where each stands among the other's neighbours, and clusters
 * are merged by average link until the best remaining pair of clusters falls below the
 * threshold (so a chain of near-misses does not end as one cluster).
 */
final class ProblemClustering {

	/** Words named per cluster. */
	static final int TOP_TERMS = 5;

	/** Links below this probability are not kept: they only cost memory. */
	static final float MIN_LINK = 0.05f;

	private final IndexSearcher searcher;

	private final MatchSettings settings;

	private final SameProblemModel model;

	private final Runnable restartTimeLimit;

	private final DocumentWords.Reader words;

	/**
	 * @param restartTimeLimit gives the thread a fresh time limit: each problem's match
	 * is one search, the whole clustering many
	 */
	ProblemClustering(IndexSearcher searcher, MatchSettings settings, SameProblemModel model,
			Runnable restartTimeLimit) {
		this.searcher = searcher;
		this.settings = settings;
		this.model = model;
		this.restartTimeLimit = restartTimeLimit;
		this.words = new DocumentWords.Reader(searcher.getIndexReader());
	}

	ClusterResult cluster(ClusterRequest request) throws IOException {
		Query selection = selection(request);
		int matching = this.searcher.count(selection);
		ScoreDoc[] selected = this.searcher.search(selection, request.maxProblems(),
				new Sort(new SortField(IndexFields.UPDATED_AT, SortField.Type.LONG, true))).scoreDocs;
		Map<Integer, Integer> position = new HashMap<>();
		for (int i = 0; i < selected.length; i++) {
			position.put(selected[i].doc, i);
		}
		Map<Long, Float> links = new HashMap<>();
		Map<Long, ClusterPairModel.Side> sides = new HashMap<>();
		SameProblemRanking ranking = new SameProblemRanking(this.searcher, this.settings, this.model);
		String[] texts = new String[selected.length];
		for (int i = 0; i < selected.length; i++) {
			this.restartTimeLimit.run();
			int doc = selected[i].doc;
			String text = storedText(doc);
			texts[i] = text;
			SourceTerms terms = SourceTerms.select(this.searcher, text, this.settings, true);
			if (terms.isEmpty()) {
				continue;
			}
			Query query = new BooleanQuery.Builder()
				.add(terms.query(this.searcher, this.settings), BooleanClause.Occur.MUST)
				.add(selection, BooleanClause.Occur.FILTER)
				.add(new TermQuery(new Term(IndexFields.ID, DocValuesReader.id(this.searcher.getIndexReader(), doc))),
						BooleanClause.Occur.MUST_NOT)
				.build();
			int rank = 0;
			for (SameProblemRanking.Ranked neighbour : ranking.rank(terms, text, query,
					this.settings.clusterNeighbours())) {
				Integer j = position.get(neighbour.doc());
				if (j != null) {
					sides.put(directed(i, j), new ClusterPairModel.Side(neighbour.candidate().sameness(),
							neighbour.candidate().features(), rank));
				}
				rank++;
			}
		}
		sides.forEach((pair, there) -> {
			int i = (int) (pair >>> 32);
			int j = (int) (pair & 0xffffffffL);
			if (i < j || !sides.containsKey(directed(j, i))) {
				float linked = ClusterPairModel.probability(there, sides.get(directed(j, i)));
				if (linked >= MIN_LINK) {
					links.put(key(i, j), linked);
				}
			}
		});
		List<ProblemCluster> clusters = new ArrayList<>();
		for (Set<Integer> members : averageLink(selected.length, links)) {
			if (members.size() >= request.minSize()) {
				clusters.add(describe(members, selected, links, texts));
			}
		}
		clusters.sort(
				Comparator.comparingInt(ProblemCluster::size).thenComparingDouble(ProblemCluster::cohesion).reversed());
		return new ClusterResult(clusters, selected.length, matching > selected.length);
	}

	private Query selection(ClusterRequest request) {
		Query filtered = Filters.apply(new MatchAllDocsQuery(), Set.of(DocumentType.PROBLEM), request.filters());
		if (request.from() == null && request.to() == null) {
			return filtered;
		}
		long from = (request.from() != null) ? request.from().toEpochMilli() : Long.MIN_VALUE;
		long to = (request.to() != null) ? request.to().toEpochMilli() - 1 : Long.MAX_VALUE;
		return new BooleanQuery.Builder().add(filtered, BooleanClause.Occur.MUST)
			.add(LongPoint.newRangeQuery(IndexFields.UPDATED_AT, from, to), BooleanClause.Occur.FILTER)
			.build();
	}

	/**
	 * Merges the two clusters with the highest mean link (missing links count as 0) until
	 * none reaches the threshold.
	 */
	private List<Set<Integer>> averageLink(int problems, Map<Long, Float> links) {
		int[] clusterOf = new int[problems];
		Map<Integer, Set<Integer>> clusters = new LinkedHashMap<>();
		for (int i = 0; i < problems; i++) {
			clusterOf[i] = i;
			clusters.put(i, new HashSet<>(Set.of(i)));
		}
		while (true) {
			Map<Long, Float> sums = new HashMap<>();
			links.forEach((pair, weight) -> {
				int a = clusterOf[(int) (pair >>> 32)];
				int b = clusterOf[(int) (pair & 0xffffffffL)];
				if (a != b) {
					sums.merge(key(a, b), weight, Float::sum);
				}
			});
			long best = -1;
			float bestMean = this.settings.clusterThreshold();
			for (Map.Entry<Long, Float> sum : sums.entrySet()) {
				int a = (int) (sum.getKey() >>> 32);
				int b = (int) (sum.getKey() & 0xffffffffL);
				float mean = sum.getValue() / (clusters.get(a).size() * clusters.get(b).size());
				if (mean >= bestMean) {
					bestMean = mean;
					best = sum.getKey();
				}
			}
			if (best < 0) {
				return new ArrayList<>(clusters.values());
			}
			int keep = (int) (best >>> 32);
			int gone = (int) (best & 0xffffffffL);
			for (int member : clusters.remove(gone)) {
				clusterOf[member] = keep;
				clusters.get(keep).add(member);
			}
		}
	}

	private ProblemCluster describe(Set<Integer> members, ScoreDoc[] selected, Map<Long, Float> links, String[] texts)
			throws IOException {
		IndexReader reader = this.searcher.getIndexReader();
		Map<Integer, Float> centrality = new HashMap<>();
		float linked = 0;
		int pairs = 0;
		for (int a : members) {
			for (int b : members) {
				Float weight = (a < b) ? links.get(key(a, b)) : null;
				if (weight != null) {
					centrality.merge(a, weight, Float::sum);
					centrality.merge(b, weight, Float::sum);
					linked += weight;
					pairs++;
				}
			}
		}
		List<Integer> ordered = new ArrayList<>(members);
		ordered.sort(Comparator.comparingDouble((Integer m) -> centrality.getOrDefault(m, 0f))
			.reversed()
			.thenComparingInt((Integer m) -> m));
		List<String> ids = new ArrayList<>();
		Map<String, Integer> wards = new LinkedHashMap<>();
		Map<String, Integer> wordMembers = new HashMap<>();
		Map<String, Long> wordUses = new HashMap<>();
		for (int member : ordered) {
			int doc = selected[member].doc;
			ids.add(DocValuesReader.id(reader, doc));
			DocValuesReader.keywords(reader, doc, IndexFields.WARD)
				.forEach((ward) -> wards.merge(ward, 1, Integer::sum));
			words(doc).forEach((word, uses) -> {
				wordMembers.merge(word, 1, Integer::sum);
				wordUses.merge(word, uses, Long::sum);
			});
		}
		List<ProblemCluster.WardCount> wardCounts = new ArrayList<>();
		wards.forEach((ward, count) -> wardCounts.add(new ProblemCluster.WardCount(ward, count)));
		wardCounts.sort(Comparator.comparingInt(ProblemCluster.WardCount::count).reversed());
		// Twice the words shown are ranked: two of them may be one compound as written.
		List<String> ranked = topTerms(wordMembers, wordUses, members.size(), 2 * TOP_TERMS);
		List<String> written = WrittenWords.of(ranked, ordered.stream().map((member) -> texts[member]).toList(),
				TOP_TERMS);
		return new ProblemCluster(ids, written, wardCounts, (pairs == 0) ? 0 : linked / pairs);
	}

	/**
	 * Whether a term reads as a word: it has a letter and no digit. Times, years, house
	 * numbers and codes (a plate, a reference number) are left out.
	 */
	private static boolean isWord(String term) {
		return term.chars().anyMatch(Character::isLetter) && term.chars().noneMatch(Character::isDigit);
	}

	/**
	 * The words most members share, rarer words first among equals: in at least two
	 * members of a cluster of two or more. Among words as widely shared and as rare (all
	 * of a lone problem's words are), those used more often, titles counting double, then
	 * longer ones come first; numbers and codes (times, years, house numbers, reference
	 * numbers) are left out, as they say nothing of what the problems are about.
	 */
	private List<String> topTerms(Map<String, Integer> wordMembers, Map<String, Long> wordUses, int size, int limit)
			throws IOException {
		IndexReader reader = this.searcher.getIndexReader();
		int documents = Math.max(1, reader.numDocs());
		Map<String, Double> scores = new HashMap<>();
		for (Map.Entry<String, Integer> word : wordMembers.entrySet()) {
			if ((size > 1 && word.getValue() < 2) || !isWord(word.getKey())) {
				continue;
			}
			int df = 0;
			for (Family family : List.of(Family.JA, Family.EN)) {
				// The larger of the two, not their sum: a word in a problem's title is
				// usually in its text too, and counting that problem twice made the words
				// a problem is about look commoner than its asides.
				df += Math.max(reader.docFreq(new Term(IndexFields.analyzed(IndexFields.TEXT, family), word.getKey())),
						reader.docFreq(new Term(IndexFields.analyzed(IndexFields.TITLE, family), word.getKey())));
			}
			double idf = Math.log(1 + documents / (1.0 + df));
			scores.put(word.getKey(), word.getValue() * idf);
		}
		return scores.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue()
				.reversed()
				.thenComparing((Map.Entry<String, Double> word) -> wordUses.getOrDefault(word.getKey(), 0L),
						Comparator.reverseOrder())
				.thenComparing((Map.Entry<String, Double> word) -> word.getKey().length(), Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * A problem's words in its title and text with how often it uses them (a title's
	 * words counted twice), place names left out.
	 */
	private Map<String, Long> words(int doc) throws IOException {
		IndexReader reader = this.searcher.getIndexReader();
		Set<String> placeWords = new HashSet<>();
		for (String name : DocValuesReader.keywords(reader, doc, IndexFields.PLACE)) {
			Places.Place place = Places.get().named(name);
			if (place != null) {
				placeWords.addAll(PlaceWords.of(place));
			}
		}
		Map<String, Long> words = new HashMap<>();
		DocumentWords read = this.words.of(doc);
		VectorWords.of(read, IndexFields.TITLE, placeWords)
			.forEach((word, uses) -> words.merge(word, 2 * uses, Long::sum));
		VectorWords.of(read, IndexFields.TEXT, placeWords).forEach((word, uses) -> words.merge(word, uses, Long::sum));
		return words;
	}

	private String storedText(int doc) throws IOException {
		Document stored = this.searcher.storedFields().document(doc, Set.of(IndexFields.TITLE, IndexFields.TEXT));
		StringBuilder text = new StringBuilder();
		for (String field : List.of(IndexFields.TITLE, IndexFields.TEXT)) {
			for (String value : stored.getValues(field)) {
				text.append(value).append('\n');
			}
		}
		String full = text.toString();
		return (full.length() > this.settings.maxTextLength()) ? full.substring(0, this.settings.maxTextLength())
				: full;
	}

	/**
	 * One problem's match of another: unlike {@link #key(int, int)}, the order counts.
	 */
	private static long directed(int from, int to) {
		return ((long) from << 32) | to;
	}

	private static long key(int a, int b) {
		return ((long) Math.min(a, b) << 32) | Math.max(a, b);
	}

}
