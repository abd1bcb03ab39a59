package jp.kitakyushu.busters.search.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.index.SearchIndex;
import jp.kitakyushu.busters.search.index.SearchIndexConfig;
import jp.kitakyushu.busters.search.match.Match;
import jp.kitakyushu.busters.search.match.MatchSettings;
import jp.kitakyushu.busters.search.match.Matcher;
import jp.kitakyushu.busters.search.match.SuggestedMembers;

/**
 * Measures theme matching on labelled data: Recall@1, Recall@3 and MRR of the matcher and
 * of a plain BM25 baseline over the same theme documents.
 *
 * <pre>
 * --train FILE --test FILE [--themes FILE] [--per-label N] [--folds K] [--seed S] [--json]
 * [--unlinked] [--suggested N] [--set name=value,...]
 * </pre>
 *
 * When the test file is the train file (or {@code --folds} is given), stratified K-fold
 * cross-validation is used so a row is never matched against a theme built from itself.
 * With {@code --unlinked} the training rows not taken as members are indexed too, without
 * their labels, as problems no theme links to: the product's index holds thousands.
 * Matching suggests up to {@code --suggested N} of those rows per theme as members
 * ({@link SuggestedMembers}, 0 for none), chosen as the api chooses a theme's suggested
 * problems: against the themes and their curated members, suggestions not counted.
 */
public final class MatchingEvaluation {

	/** Folds when cross-validating. */
	public static final int DEFAULT_FOLDS = 5;

	/** When the evaluation's documents were updated; matching does not read it. */
	private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

	/** Seed of the stratified shuffle. */
	public static final long DEFAULT_SEED = 20250524L;

	private final EvaluationOptions options;

	private final PrintStream out;

	private int unlinkedRows;

	private int suggestedRows;

	MatchingEvaluation(EvaluationOptions options, PrintStream out) {
		this.options = options;
		this.out = out;
	}

	public static void main(String[] args) throws IOException {
		if (DuplicatesOptions.wanted(args)) {
			duplicates(args);
			return;
		}
		EvaluationOptions options;
		try {
			options = EvaluationOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(EvaluationOptions.USAGE);
			System.exit(2);
			return;
		}
		try {
			new MatchingEvaluation(options, System.out).run();
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
		}
	}

	private static void duplicates(String[] args) throws IOException {
		try {
			new DuplicatesEvaluation(DuplicatesOptions.parse(args), System.out).run();
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(DuplicatesOptions.USAGE);
			System.exit(2);
		}
	}

	void run() throws IOException {
		if (this.options.perLabel() == 0 && this.options.themes() == null) {
			throw new IllegalArgumentException("--per-label 0 needs --themes: a theme would have no text");
		}
		List<Row> train = read(this.options.train());
		Map<String, Theme> themes = new TreeMap<>();
		if (this.options.themes() != null) {
			JsonLines.read(this.options.themes()).forEach((json) -> {
				Theme theme = Theme.of(json);
				themes.put(theme.label(), theme);
			});
		}
		Metrics ours = new Metrics();
		Metrics baseline = new Metrics();
		if (this.options.crossValidate()) {
			List<List<Row>> folds = Folds.stratified(train, this.options.folds(), this.options.seed());
			for (int k = 0; k < folds.size(); k++) {
				List<Row> rest = new ArrayList<>();
				for (int j = 0; j < folds.size(); j++) {
					if (j != k) {
						rest.addAll(folds.get(j));
					}
				}
				evaluate(themes, rest, folds.get(k), ours, baseline);
			}
		}
		else {
			evaluate(themes, train, read(this.options.test()), ours, baseline);
		}
		this.out.printf("n=%d  per-label=%s  %s%n", ours.n(),
				(this.options.perLabel() < 0) ? "all" : String.valueOf(this.options.perLabel()),
				this.options.crossValidate() ? this.options.folds() + "-fold cross-validation" : "train/test");
		if (this.options.unlinked()) {
			this.out.printf("unlinked: %d training rows not taken as members indexed as unlinked problems "
					+ "(summed over folds)%n", this.unlinkedRows);
		}
		if (this.options.suggested() > 0) {
			this.out.printf(
					"suggested: %d of the training rows not taken as members suggested as members "
							+ "(up to %d per theme, summed over folds)%n",
					this.suggestedRows, this.options.suggested());
		}
		this.out.println("matcher      R@1      R@3      MRR");
		this.out.println(ours.row("ours"));
		this.out.println(baseline.row("bm25"));
		if (this.options.json()) {
			this.out.printf("{\"n\":%d,\"ours\":%s,\"baseline\":%s}%n", ours.n(), ours.json(), baseline.json());
		}
	}

	private void evaluate(Map<String, Theme> themes, List<Row> train, List<Row> test, Metrics ours, Metrics baseline)
			throws IOException {
		Map<String, List<Row>> members = members(train);
		List<String> labels = new ArrayList<>(members.keySet());
		themes.keySet().stream().filter((label) -> !members.containsKey(label)).forEach(labels::add);
		List<SearchDocument> documents = new ArrayList<>();
		Map<String, String> baselineText = new LinkedHashMap<>();
		for (String label : labels) {
			Theme theme = themes.getOrDefault(label, new Theme(label, label, ""));
			List<Row> sources = members.getOrDefault(label, List.of());
			// As the api indexes a theme: its text, its source problems as context, and
			// each source problem as a problem linked to the theme.
			documents.add(SearchDocument.builder(themeId(label), DocumentType.THEME, NOW)
				.title(theme.title())
				.text(theme.description())
				.context(sources.stream().map(Row::text).toList())
				.build());
			StringBuilder text = new StringBuilder(theme.title()).append('\n').append(theme.description());
			for (Row row : sources) {
				documents.add(SearchDocument.builder(row.id(), DocumentType.PROBLEM, NOW)
					.text(row.text())
					.attribute(SearchDocument.THEME_ID, themeId(label))
					.build());
				text.append('\n').append(row.text());
			}
			baselineText.put(label, text.toString());
		}
		Map<String, String> unlabelled = unlabelled(train, members);
		if (this.options.unlinked()) {
			unlabelled.forEach((id, text) -> documents
				.add(SearchDocument.builder(id, DocumentType.PROBLEM, NOW).text(text).build()));
			this.unlinkedRows += unlabelled.size();
		}
		suggest(documents, unlabelled);
		Path temp = Files.createTempDirectory("busters-eval");
		try (Bm25Baseline bm25 = new Bm25Baseline(temp.resolve("baseline"), baselineText)) {
			withMatcher(documents, this.options.apply(MatchSettings.defaults()), (matcher) -> {
				for (Row row : test) {
					List<String> ranked = matcher.themesFor(row.text(), labels.size())
						.stream()
						.map(Match::id)
						.map(MatchingEvaluation::labelOf)
						.toList();
					ours.add(row.label(), ranked);
					baseline.add(row.label(), bm25.rank(row.text()));
				}
				return null;
			});
		}
		finally {
			TempDirectories.deleteRecursively(temp);
		}
	}

	/**
	 * The training rows not taken as members, by id, without their labels: the problems
	 * an index holds beside the curated ones.
	 */
	private static Map<String, String> unlabelled(List<Row> train, Map<String, List<Row>> members) {
		Set<String> taken = new HashSet<>();
		members.values().forEach((rows) -> rows.forEach((row) -> taken.add(row.id())));
		Map<String, String> unlabelled = new LinkedHashMap<>();
		train.stream()
			.filter((row) -> !taken.contains(row.id()))
			.forEach((row) -> unlabelled.put(row.id(), row.text()));
		return unlabelled;
	}

	/**
	 * Marks the unlabelled rows matching suggests for each theme as its suggested
	 * members, chosen over the documents so far with suggestions not counted (as the api
	 * chooses): each replaces its unlinked document, or joins the index when unlinked
	 * rows are not indexed.
	 */
	private void suggest(List<SearchDocument> documents, Map<String, String> unlabelled) throws IOException {
		if (unlabelled.isEmpty() || this.options.suggested() == 0) {
			return;
		}
		MatchSettings choosing = SuggestedMembers.choosing(this.options.apply(MatchSettings.defaults()));
		Map<String, List<String>> chosen = withMatcher(documents, choosing,
				(matcher) -> SuggestedMembers.choose(matcher, unlabelled, this.options.suggested()));
		Map<String, String> themeOf = new HashMap<>();
		chosen.forEach((theme, ids) -> ids.forEach((id) -> themeOf.put(id, theme)));
		documents.removeIf((document) -> themeOf.containsKey(document.id()));
		themeOf.forEach((id,
				theme) -> documents.add(SearchDocument.builder(id, DocumentType.PROBLEM, NOW)
					.text(unlabelled.get(id))
					.attribute(SearchDocument.SUGGESTED_THEME_ID, theme)
					.build()));
		this.suggestedRows += themeOf.size();
	}

	private <T> T withMatcher(List<SearchDocument> documents, MatchSettings settings, MatcherUse<T> use)
			throws IOException {
		Path temp = Files.createTempDirectory("busters-eval");
		try (SearchIndex index = SearchIndex.open(SearchIndexConfig.of(temp.resolve("ours"), "evaluation"),
				IndexSource.of(documents))) {
			return use.apply(new Matcher(index, settings));
		}
		finally {
			TempDirectories.deleteRecursively(temp);
		}
	}

	/** Work done with a matcher over an evaluation index. */
	@FunctionalInterface
	private interface MatcherUse<T> {

		T apply(Matcher matcher) throws IOException;

	}

	/** Up to N rows per label, in a seeded order, as each theme's member problems. */
	private Map<String, List<Row>> members(List<Row> train) {
		Map<String, List<Row>> byLabel = new TreeMap<>();
		for (Row row : train) {
			byLabel.computeIfAbsent(row.label(), (l) -> new ArrayList<>()).add(row);
		}
		Random random = new Random(this.options.seed());
		byLabel.replaceAll((label, rows) -> {
			List<Row> shuffled = new ArrayList<>(rows);
			shuffled.sort(Comparator.comparing(Row::id));
			Collections.shuffle(shuffled, random);
			int n = (this.options.perLabel() < 0) ? shuffled.size()
					: Math.min(this.options.perLabel(), shuffled.size());
			return shuffled.subList(0, n);
		});
		return byLabel;
	}

	private static String themeId(String label) {
		return "theme:" + label;
	}

	private static String labelOf(String themeId) {
		return themeId.substring("theme:".length());
	}

	private static List<Row> read(Path file) throws IOException {
		return JsonLines.read(file).stream().map(Row::of).toList();
	}

}
