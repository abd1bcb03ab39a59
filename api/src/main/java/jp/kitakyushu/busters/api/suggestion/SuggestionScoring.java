package jp.kitakyushu.busters.api.suggestion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.problem.ProblemQueries;
import jp.kitakyushu.busters.api.problem.ProblemStatus;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.security.Readers;
import jp.kitakyushu.busters.api.theme.ThemeQueries;
import jp.kitakyushu.busters.api.theme.ThemeStatus;
import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.InvalidQueryException;
import jp.kitakyushu.busters.search.match.Match;
import jp.kitakyushu.busters.search.match.MatchRequest;
import jp.kitakyushu.busters.search.match.Matcher;
import jp.kitakyushu.busters.search.match.SuggestedMembers;
import jp.kitakyushu.busters.search.match.SuggestedMembers.Clarity;
import org.jspecify.annotations.Nullable;

/**
 * Scores published, unlinked problems against the published themes and keeps each theme's
 * suggested problems, its clearest wins: what the matching evaluation's suggested members
 * are ({@link SuggestedMembers}), from the store instead of labelled rows. Each call does
 * a bounded amount of work and runs off the request path.
 */
class SuggestionScoring {

	/** Themes that have been published and not called off. */
	static final Set<ThemeStatus> PUBLISHED = Set.of(ThemeStatus.OPEN, ThemeStatus.CLOSED, ThemeStatus.AWARDED);

	private static final String[] PUBLISHED_NAMES = PUBLISHED.stream().map(Enum::name).toArray(String[]::new);

	private final ProblemQueries problems;

	private final ThemeQueries themes;

	private final SuggestionStore store;

	private final Matcher matcher;

	private final SuggestionProperties properties;

	private final Clock clock;

	SuggestionScoring(ProblemQueries problems, ThemeQueries themes, SuggestionStore store, Matcher matcher,
			SuggestionProperties properties, Clock clock) {
		this.problems = problems;
		this.themes = themes;
		this.store = store;
		this.matcher = matcher;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Scores problems again (or drops them when no longer published and unlinked), noting
	 * which themes' sets may change and which problems left a set.
	 */
	void rescore(Collection<String> problemIds, Changes changes) {
		for (String problemId : problemIds) {
			Optional<ProblemSuggestion> before = this.store.find(problemId);
			Clarity clarity = clarity(problemId);
			if (clarity == null) {
				before.ifPresent((old) -> {
					this.store.delete(problemId);
					changes.left(old);
				});
				continue;
			}
			boolean same = before.map((old) -> old.themeId().equals(clarity.themeId())).orElse(false);
			this.store.save(new ProblemSuggestion(problemId, clarity.themeId(), clarity.margin(),
					same && before.get().suggested(), this.clock.instant()));
			changes.themes().add(clarity.themeId());
			if (!same) {
				before.ifPresent(changes::left);
			}
		}
	}

	/**
	 * Makes a theme's suggested problems its clearest wins as now stored (none once it is
	 * no longer published), noting the problems that joined or left.
	 */
	void recompute(String themeId, Changes changes) {
		boolean published = this.themes.findById(themeId)
			.map((theme) -> PUBLISHED.contains(this.themes.statusNow(theme)))
			.orElse(false);
		List<String> now = published ? this.store.clearest(themeId, this.properties.perTheme())
			.stream()
			.map(ProblemSuggestion::problemId)
			.toList() : List.of();
		Set<String> before = new HashSet<>(this.store.suggestionsOf(themeId));
		List<String> joined = now.stream().filter((id) -> !before.contains(id)).toList();
		List<String> left = before.stream().filter((id) -> !now.contains(id)).toList();
		// Written every time: the order follows the margins, which change without the
		// set.
		this.store.saveSuggestions(themeId, now);
		this.store.mark(joined, true);
		this.store.mark(left, false);
		changes.problems().addAll(joined);
		changes.problems().addAll(left);
	}

	/**
	 * The problems to score again when a theme changed: those it wins, clearest first,
	 * and the published problems most like it, both bounded.
	 */
	List<String> affectedBy(String themeId) {
		Set<String> affected = new LinkedHashSet<>();
		this.store.clearest(themeId, this.properties.rescoredPerThemeChange())
			.forEach((won) -> affected.add(won.problemId()));
		if (this.properties.similarPerThemeChange() > 0) {
			try {
				for (Match match : this.matcher.match(MatchRequest.document(GlobalId.encode(ThemeQueries.TYPE, themeId))
					.targets(DocumentType.PROBLEM)
					.filter("status", ProblemStatus.PUBLISHED.name())
					.limit(this.properties.similarPerThemeChange())
					.build())) {
					GlobalId.idOf(match.id(), ProblemQueries.TYPE).ifPresent(affected::add);
				}
			}
			catch (InvalidQueryException ex) {
				// The theme is not in the index (gone, or not indexed yet): its own wins
				// are all there is to score again.
			}
		}
		return new ArrayList<>(affected);
	}

	/**
	 * The published theme a problem matches best and how clearly; null unless the problem
	 * is published, linked to no theme, and some published theme matches it.
	 */
	@Nullable Clarity clarity(String problemId) {
		Problem problem = this.problems.findById(problemId).orElse(null);
		if (problem == null || problem.getStatus() != ProblemStatus.PUBLISHED || !problem.getThemeIds().isEmpty()) {
			return null;
		}
		String text = problem.getPublicTitle() + "\n" + problem.getPublicBody();
		if (text.isBlank()) {
			return null;
		}
		List<Match> best = this.matcher.match(MatchRequest.text(text)
			.targets(DocumentType.THEME)
			.filter("status", PUBLISHED_NAMES)
			.filter(Readers.ATTRIBUTE, Readers.PUBLIC)
			.limit(2)
			.build());
		Clarity clarity = SuggestedMembers.clarity(best);
		if (clarity == null) {
			return null;
		}
		return GlobalId.idOf(clarity.themeId(), ThemeQueries.TYPE)
			.map((theme) -> new Clarity(theme, clarity.margin()))
			.orElse(null);
	}

	/**
	 * What one round changed: the themes whose suggested problems may differ and the
	 * problems whose search documents must be written again.
	 *
	 * @param themes store ids of themes
	 * @param problems store ids of problems
	 */
	record Changes(Set<String> themes, Set<String> problems) {

		Changes() {
			this(new LinkedHashSet<>(), new LinkedHashSet<>());
		}

		/**
		 * A problem's old score no longer holds: its theme may change, and so may its
		 * document.
		 */
		void left(ProblemSuggestion old) {
			this.themes.add(old.themeId());
			if (old.suggested()) {
				this.problems.add(old.problemId());
			}
		}

	}

}
