package jp.kitakyushu.busters.search.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Suggests for each theme the unlinked problems that matching gives it most clearly, so a
 * theme with few curated problems borrows the words of problems nobody has linked yet.
 */
public final class SuggestedMembers {

	/**
	 * Problems suggested per theme: on the English folds with 10 rows per label, 10 / 20
	 * / 30 / 40 gave R@1 0.595 / 0.607 / 0.603 / 0.607 against 0.582 without (module
	 * README).
	 */
	public static final int DEFAULT_PER_THEME = 20;

	private SuggestedMembers() {
	}

	/**
	 * The settings to choose suggestions with: the given ones with suggested members not
	 * counted, so a theme's suggestions do not pull more problems after them.
	 * @param settings the matcher's settings
	 * @return the same settings with {@code suggestedMemberWeight} 0
	 */
	public static MatchSettings choosing(MatchSettings settings) {
		return settings.with("suggestedMemberWeight", "0");
	}

	/**
	 * The theme a problem's text matches best and how clearly, {@code (best - second) /
	 * best} (1 when only one theme matches).
	 * @param matcher a matcher with {@link #choosing(MatchSettings) choosing} settings
	 * @param text the problem's text
	 * @return the theme and the margin, or {@code null} when no theme matches
	 */
	public static @Nullable Clarity clarity(Matcher matcher, String text) {
		return clarity(text.isBlank() ? List.of() : matcher.themesFor(text, 2));
	}

	/**
	 * The best of a problem's matched themes and how clearly it beat the second.
	 * @param best the problem's best themes, best first (two suffice)
	 * @return the theme and the margin, or {@code null} when there is none
	 */
	public static @Nullable Clarity clarity(List<Match> best) {
		if (best.isEmpty() || best.get(0).score() <= 0) {
			return null;
		}
		float first = best.get(0).score();
		float margin = (best.size() < 2) ? 1f : (first - best.get(1).score()) / first;
		return new Clarity(best.get(0).id(), margin);
	}

	/**
	 * Each problem goes to the theme it matches best, and each theme keeps those it wins
	 * by the widest margin over the runner-up, {@code (best - second) / best}: the same
	 * number for every theme, so a theme that wins most problems does not grow most.
	 * @param matcher a matcher over the themes and their curated members, without the
	 * candidates' suggestions counted ({@link #choosing(MatchSettings)})
	 * @param problems the candidates' texts by id, in a fixed order (it breaks ties)
	 * @param perTheme most problems suggested per theme
	 * @return by theme id, the problems suggested for it, clearest first
	 * @throws IllegalArgumentException for a negative number per theme
	 */
	public static Map<String, List<String>> choose(Matcher matcher, Map<String, String> problems, int perTheme) {
		if (perTheme < 0) {
			throw new IllegalArgumentException("The number of problems suggested per theme must not be negative.");
		}
		Map<String, List<Won>> won = new LinkedHashMap<>();
		if (perTheme > 0) {
			problems.forEach((id, text) -> {
				Clarity clarity = clarity(matcher, text);
				if (clarity != null) {
					won.computeIfAbsent(clarity.themeId(), (theme) -> new ArrayList<>())
						.add(new Won(id, clarity.margin()));
				}
			});
		}
		Map<String, List<String>> suggested = new LinkedHashMap<>();
		won.forEach((theme, clear) -> {
			clear.sort(Comparator.comparingDouble(Won::margin).reversed());
			suggested.put(theme, clear.stream().limit(perTheme).map(Won::id).toList());
		});
		return suggested;
	}

	/**
	 * The theme a problem matches best and by how much it beats the runner-up.
	 *
	 * @param themeId the best theme's id
	 * @param margin {@code (best - second) / best}, from 0 to 1
	 */
	public record Clarity(String themeId, float margin) {
	}

	/** A problem and how clearly its best theme won it. */
	private record Won(String id, float margin) {
	}

}
