package jp.kitakyushu.busters.search.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
	 * Each problem goes to the theme it matches best, and each theme keeps those it wins
	 * by the widest margin over the runner-up, {@code (best - second) / best}: the same
	 * number for every theme, so a theme that wins most problems does not grow most.
	 * @param matcher a matcher over the themes and their curated members, without the
	 * candidates
	 * @param problems the candidates' texts by id, in a fixed order (it breaks ties)
	 * @param perTheme most problems suggested per theme
	 * @return by theme id, the problems suggested for it, clearest first
	 * @throws IllegalArgumentException for a negative number per theme
	 */
	public static Map<String, List<String>> choose(Matcher matcher, Map<String, String> problems, int perTheme) {
		if (perTheme < 0) {
			throw new IllegalArgumentException("The number of problems suggested per theme must not be negative.");
		}
		Map<String, List<Clear>> won = new LinkedHashMap<>();
		if (perTheme > 0) {
			problems.forEach((id, text) -> {
				List<Match> best = text.isBlank() ? List.of() : matcher.themesFor(text, 2);
				if (!best.isEmpty()) {
					float first = best.get(0).score();
					float margin = (best.size() < 2) ? 1f : (first - best.get(1).score()) / first;
					won.computeIfAbsent(best.get(0).id(), (theme) -> new ArrayList<>()).add(new Clear(id, margin));
				}
			});
		}
		Map<String, List<String>> suggested = new LinkedHashMap<>();
		won.forEach((theme, clear) -> {
			clear.sort(Comparator.comparingDouble(Clear::margin).reversed());
			suggested.put(theme, clear.stream().limit(perTheme).map(Clear::id).toList());
		});
		return suggested;
	}

	/** A problem and how clearly its best theme won it. */
	private record Clear(String id, float margin) {
	}

}
