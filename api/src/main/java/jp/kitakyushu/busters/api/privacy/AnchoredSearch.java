package jp.kitakyushu.busters.api.privacy;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern's matches exactly as {@link Matcher#find()} gives them, for a pattern whose
 * every match holds a place an anchor test recognises within a known distance of its
 * start: each search starts only that far before the next such place, so the long
 * stretches of a post no match can touch are not tried character by character.
 */
final class AnchoredSearch {

	/** Whether a match may hold this place of the text. */
	@FunctionalInterface
	interface Anchor {

		boolean at(String text, int index);

	}

	private AnchoredSearch() {
	}

	/**
	 * Runs the action on every match in turn. {@code maxBefore} must be at least the
	 * longest distance from a match's start to the anchored place it holds, or matches
	 * are missed.
	 */
	static void forEach(Pattern pattern, String text, Anchor anchor, int maxBefore, Consumer<Matcher> action) {
		Matcher matcher = pattern.matcher(text);
		// Transparent bounds: a look-behind at the window's start still sees the text
		// before it, as it would without the window.
		matcher.useTransparentBounds(true);
		matcher.useAnchoringBounds(false);
		int searchFrom = 0;
		for (int place = next(text, anchor, 0); place >= 0; place = next(text, anchor, searchFrom)) {
			if (!matcher.region(Math.max(searchFrom, place - maxBefore), text.length()).find()) {
				return;
			}
			searchFrom = Math.max(matcher.end(), matcher.start() + 1);
			action.accept(matcher);
		}
	}

	private static int next(String text, Anchor anchor, int from) {
		for (int at = from; at < text.length(); at++) {
			if (anchor.at(text, at)) {
				return at;
			}
		}
		return -1;
	}

}
