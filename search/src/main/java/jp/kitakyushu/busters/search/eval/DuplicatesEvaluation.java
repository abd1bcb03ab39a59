package jp.kitakyushu.busters.search.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.index.SearchIndex;
import jp.kitakyushu.busters.search.index.SearchIndexConfig;
import jp.kitakyushu.busters.search.match.ClusterRequest;
import jp.kitakyushu.busters.search.match.ClusterResult;
import jp.kitakyushu.busters.search.match.Match;
import jp.kitakyushu.busters.search.match.MatchRequest;
import jp.kitakyushu.busters.search.match.MatchSettings;
import jp.kitakyushu.busters.search.match.Matcher;
import jp.kitakyushu.busters.search.match.SameProblemCandidate;
import jp.kitakyushu.busters.search.match.SameProblemModel;

/**
 * Measures "is this your problem?" on a duplicates set: every original and near-miss is
 * published among the demo problems, each paraphrase is typed into similar problems, and
 * each near-miss is typed as a new problem that no published problem duplicates. Prints
 * R@1, R@3, MRR, originals ranked above their near-miss, and the hint's precision and
 * recall at its threshold, for the matcher and for plain BM25.
 *
 * <pre>
 * --duplicates FILE [--corpus DEMO_PROBLEMS_JSON] [--json] [--verbose] [--set name=value,...]
 * </pre>
 */
final class DuplicatesEvaluation {

	/** Results looked at per query. */
	static final int DEPTH = 10;

	/** Demo problems in these states are not public and are left out. */
	private static final Set<String> NOT_PUBLIC = Set.of("SUBMITTED", "REJECTED");

	private final DuplicatesOptions options;

	private final PrintStream out;

	DuplicatesEvaluation(DuplicatesOptions options, PrintStream out) {
		this.options = options;
		this.out = out;
	}

	void run() throws IOException {
		List<DuplicateCase> cases = JsonLines.read(this.options.duplicates()).stream().map(DuplicateCase::of).toList();
		if (cases.isEmpty()) {
			throw new IllegalArgumentException("no cases in " + this.options.duplicates());
		}
		List<SearchDocument> corpus = corpus(cases);
		Map<String, DuplicateMetrics> ours = new LinkedHashMap<>();
		Map<String, DuplicateMetrics> baseline = new LinkedHashMap<>();
		Path temp = Files.createTempDirectory("busters-duplicates");
		double threshold;
		try (SearchIndex index = SearchIndex.open(SearchIndexConfig.of(temp.resolve("ours"), "duplicates"),
				IndexSource.of(corpus));
				Bm25Baseline bm25 = new Bm25Baseline(temp.resolve("baseline"), texts(corpus))) {
			MatchSettings settings = this.options.apply();
			SameProblemModel model = (this.options.model() != null) ? this.options.model()
					: SameProblemModel.defaults();
			if (this.options.fit()) {
				model = fit(new Matcher(index, settings, model), cases);
			}
			Matcher matcher = new Matcher(index, settings, model);
			threshold = matcher.hintThreshold();
			for (DuplicateCase duplicate : cases) {
				measureOurs(matcher, duplicate, metrics(ours, duplicate));
				measureBaseline(bm25, duplicate, metrics(baseline, duplicate));
			}
		}
		finally {
			TempDirectories.deleteRecursively(temp);
		}
		print(cases, corpus.size() - 2 * cases.size(), ours, baseline, threshold);
		measureClusters(cases, corpus);
		if (this.options.verbose()) {
			this.out.println("precision and recall of the hint by threshold:");
			DuplicateMetrics all = ours.get("all");
			for (double t = 0.3; t < 1.0; t += 0.05) {
				int[] hints = all.hintsAt(t);
				this.out.printf(Locale.ROOT, "  %.2f  shown %3d  right %3d  precision %.3f  recall %.3f%n", t, hints[0],
						hints[1], (hints[0] == 0) ? 0 : (double) hints[1] / hints[0], (double) hints[1] / all.n());
			}
		}
		if (this.options.fit()) {
			DuplicateMetrics all = ours.get("all");
			double calibrated = all.oracleThreshold();
			int[] hints = all.hintsAt(calibrated);
			this.out.printf(Locale.ROOT,
					"hint threshold for precision >= %.2f on this file: %.3f (%d of %d shown right)%n",
					DuplicateMetrics.TARGET_PRECISION, calibrated, hints[1], hints[0]);
		}
	}

	/**
	 * Fits the "same problem" model on this file's candidates and prints it; the
	 * evaluation then runs with it (figures on the file it was fitted on are optimistic).
	 */
	private SameProblemModel fit(Matcher matcher, List<DuplicateCase> cases) {
		SameProblemFit fit = new SameProblemFit();
		for (DuplicateCase duplicate : cases) {
			List<SameProblemCandidate> candidates = matcher
				.sameProblemCandidates(MatchRequest.text(duplicate.paraphrase())
					.targets(DocumentType.PROBLEM)
					.limit(matcher.settings().problemCandidates())
					.build());
			fit.add(candidates.stream().map(SameProblemCandidate::features).toList(),
					candidates.stream().map(SameProblemCandidate::id).toList().indexOf(duplicate.originalId()));
			List<SameProblemCandidate> fromNearMiss = matcher
				.sameProblemCandidates(MatchRequest.document(duplicate.nearMissId())
					.targets(DocumentType.PROBLEM)
					.limit(matcher.settings().problemCandidates())
					.build());
			fit.add(fromNearMiss.stream().map(SameProblemCandidate::features).toList(), -1);
		}
		SameProblemModel model = fit.fit();
		StringBuilder weights = new StringBuilder();
		float[] w = model.weights();
		for (int i = 0; i < w.length; i++) {
			weights.append((i > 0) ? ", " : "").append(String.format(Locale.ROOT, "%.3ff", w[i]));
		}
		this.out.printf(Locale.ROOT,
				"fitted on %d candidates of %d queries with their same problem among them:%n  weights { %s } (%s)%n  bias %.3ff%n",
				fit.size(), fit.positives(), weights, String.join(", ", SameProblemModel.FEATURES), model.bias());
		return model;
	}

	/**
	 * Publishes the paraphrases too and groups everything: a case's original and
	 * paraphrase should end in one cluster, its near-miss elsewhere.
	 */
	private void measureClusters(List<DuplicateCase> cases, List<SearchDocument> corpus) throws IOException {
		List<SearchDocument> documents = new ArrayList<>(corpus);
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		for (DuplicateCase duplicate : cases) {
			documents.add(problem(paraphraseId(duplicate), duplicate.paraphrase(), "", "", duplicate.category(), now));
		}
		Path temp = Files.createTempDirectory("busters-clusters");
		try (SearchIndex index = SearchIndex.open(SearchIndexConfig.of(temp.resolve("clusters"), "clusters"),
				IndexSource.of(documents))) {
			Matcher matcher = new Matcher(index, this.options.apply(),
					(this.options.model() != null) ? this.options.model() : SameProblemModel.defaults());
			ClusterResult result = matcher
				.problemClusters(ClusterRequest.builder().maxProblems(ClusterRequest.MAX_PROBLEMS).minSize(1).build());
			Map<String, Integer> clusterOf = new LinkedHashMap<>();
			for (int i = 0; i < result.clusters().size(); i++) {
				for (String id : result.clusters().get(i).problemIds()) {
					clusterOf.put(id, i);
				}
			}
			int together = 0;
			int apart = 0;
			for (DuplicateCase duplicate : cases) {
				Integer original = clusterOf.get(duplicate.originalId());
				if (original != null && original.equals(clusterOf.get(paraphraseId(duplicate)))) {
					together++;
				}
				if (original == null || !original.equals(clusterOf.get(duplicate.nearMissId()))) {
					apart++;
				}
			}
			long grouped = result.clusters().stream().filter((cluster) -> cluster.size() > 1).count();
			this.out.printf(Locale.ROOT,
					"clusters at %.2f: originals with their paraphrase %.3f (%d/%d), near-misses apart %.3f (%d/%d); "
							+ "%d clusters of 2 or more among %d problems%n",
					matcher.settings().clusterThreshold(), (double) together / cases.size(), together, cases.size(),
					(double) apart / cases.size(), apart, cases.size(), grouped, result.problems());
			if (this.options.json()) {
				this.out.printf(Locale.ROOT, "{\"clusters\":{\"together\":%.4f,\"apart\":%.4f,\"threshold\":%.4f}}%n",
						(double) together / cases.size(), (double) apart / cases.size(),
						matcher.settings().clusterThreshold());
			}
		}
		finally {
			TempDirectories.deleteRecursively(temp);
		}
	}

	private static String paraphraseId(DuplicateCase duplicate) {
		return "paraphrase:" + duplicate.id();
	}

	private void measureOurs(Matcher matcher, DuplicateCase duplicate, List<DuplicateMetrics> metrics) {
		List<Match> found = matcher.similarProblems(duplicate.paraphrase(), DEPTH);
		List<String> ids = found.stream().map(Match::id).toList();
		int rank = ids.indexOf(duplicate.originalId()) + 1;
		int nearMissRank = ids.indexOf(duplicate.nearMissId()) + 1;
		float top = found.isEmpty() ? Float.NaN : found.get(0).score();
		List<Match> fromNearMiss = matcher.similarProblemsTo(duplicate.nearMissId(), 1);
		float nearMissTop = fromNearMiss.isEmpty() ? Float.NaN : fromNearMiss.get(0).score();
		for (DuplicateMetrics metric : metrics) {
			metric.paraphrase(rank, nearMissRank, top, rank == 1);
			metric.nearMiss(nearMissTop);
		}
		if (this.options.verbose()
				&& (rank != 1 || (!Float.isNaN(nearMissTop) && nearMissTop >= matcher.hintThreshold()))) {
			this.out.printf(Locale.ROOT, "  %s original #%d near-miss #%d top %.3f %s | near-miss query top %.3f %s%n",
					duplicate.id(), rank, nearMissRank, top, ids.isEmpty() ? "-" : ids.get(0), nearMissTop,
					fromNearMiss.isEmpty() ? "-" : fromNearMiss.get(0).id());
		}
	}

	private static void measureBaseline(Bm25Baseline bm25, DuplicateCase duplicate, List<DuplicateMetrics> metrics)
			throws IOException {
		List<Bm25Baseline.Ranked> found = bm25.ranked(duplicate.paraphrase());
		List<String> ids = found.stream().limit(DEPTH).map(Bm25Baseline.Ranked::key).toList();
		int rank = ids.indexOf(duplicate.originalId()) + 1;
		int nearMissRank = ids.indexOf(duplicate.nearMissId()) + 1;
		float top = found.isEmpty() ? Float.NaN : found.get(0).score();
		float nearMissTop = bm25.ranked(duplicate.nearMissTitle() + "\n" + duplicate.nearMissBody())
			.stream()
			.filter((ranked) -> !ranked.key().equals(duplicate.nearMissId()))
			.findFirst()
			.map(Bm25Baseline.Ranked::score)
			.orElse(Float.NaN);
		for (DuplicateMetrics metric : metrics) {
			metric.paraphrase(rank, nearMissRank, top, rank == 1);
			metric.nearMiss(nearMissTop);
		}
	}

	private void print(List<DuplicateCase> cases, int others, Map<String, DuplicateMetrics> ours,
			Map<String, DuplicateMetrics> baseline, double threshold) {
		this.out.printf(Locale.ROOT, "duplicates: %d cases %s among %d other published problems%n", cases.size(),
				ours.keySet()
					.stream()
					.filter((key) -> !key.equals("all"))
					.map((key) -> ours.get(key).n() + " " + key)
					.toList(),
				others);
		this.out.println("matcher       R@1    R@3    MRR   above near-miss   hint precision   hint recall  threshold");
		for (String key : ours.keySet()) {
			String suffix = key.equals("all") ? "" : " " + key;
			this.out.println(ours.get(key).row("ours" + suffix, threshold));
			DuplicateMetrics plain = baseline.get(key);
			this.out.println(plain.row("bm25" + suffix, plain.oracleThreshold()));
		}
		this.out.println("(bm25's hint uses the best threshold for this very file, an upper bound; ours uses its "
				+ "calibrated threshold)");
		if (this.options.json()) {
			DuplicateMetrics plain = baseline.get("all");
			this.out.printf(Locale.ROOT, "{\"n\":%d,\"ours\":%s,\"baseline\":%s}%n", cases.size(),
					ours.get("all").json(threshold), plain.json(plain.oracleThreshold()));
		}
	}

	private static List<DuplicateMetrics> metrics(Map<String, DuplicateMetrics> byLanguage, DuplicateCase duplicate) {
		return List.of(byLanguage.computeIfAbsent("all", (key) -> new DuplicateMetrics()),
				byLanguage.computeIfAbsent(duplicate.lang(), (key) -> new DuplicateMetrics()));
	}

	private List<SearchDocument> corpus(List<DuplicateCase> cases) throws IOException {
		List<SearchDocument> documents = new ArrayList<>();
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		if (this.options.corpus() != null) {
			for (Map<String, String> problem : JsonLines.readArray(this.options.corpus())) {
				if (!NOT_PUBLIC.contains(problem.getOrDefault("status", ""))) {
					documents.add(problem("demo:" + problem.get("key"), problem.get("title"), problem.get("body"),
							problem.get("ward"), problem.get("category"), now));
				}
			}
		}
		for (DuplicateCase duplicate : cases) {
			documents.add(problem(duplicate.originalId(), duplicate.originalTitle(), duplicate.originalBody(),
					duplicate.ward(), duplicate.category(), now));
			documents.add(problem(duplicate.nearMissId(), duplicate.nearMissTitle(), duplicate.nearMissBody(),
					duplicate.nearMissWard(), duplicate.category(), now));
		}
		return documents;
	}

	static SearchDocument problem(String id, String title, String body, String ward, String category,
			Instant updatedAt) {
		return SearchDocument.builder(id, DocumentType.PROBLEM, updatedAt)
			.title(title)
			.text(body)
			.ward(ward)
			.category(category)
			.status("PUBLISHED")
			.attribute("visibility", "PUBLIC")
			.build();
	}

	private static Map<String, String> texts(List<SearchDocument> corpus) {
		Map<String, String> texts = new LinkedHashMap<>();
		corpus.forEach((document) -> texts.put(document.id(), document.title() + "\n" + document.text()));
		return texts;
	}

}
