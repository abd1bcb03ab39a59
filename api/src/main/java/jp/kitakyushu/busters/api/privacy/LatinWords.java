package jp.kitakyushu.busters.api.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a capitalised word in Latin letters is: a listed given name or surname, a word
 * that ends place and organisation names, a place of the region, or a word shaped like
 * Japanese in romaji (Takuro, Hamada), which in an English post about Kitakyushu is a
 * name or a place far more often than an English word.
 */
final class LatinWords {

	/** Syllables of Hepburn romaji: consonant (with y), vowel, or a syllabic n. */
	private static final Pattern ROMAJI = Pattern
		.compile("(?i)(?:(?:[kgszdtnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aiueo]|n(?![aiueoy]))+");

	/** English words and loanwords that are shaped like romaji. */
	private static final Set<String> NOT_NAMES = Set.of("before", "become", "became", "minute", "remote", "debate",
			"senate", "refuse", "define", "divide", "decide", "desire", "ignore", "japan", "japanese", "karaoke",
			"karate", "tsunami", "banana", "tomato", "potato", "sushi", "ramen", "anime", "manga", "kimono", "origami",
			"bonsai", "wasabi", "sayonara", "yakitori", "tempura", "sashimi", "miso", "tofu", "sake", "emoji", "kanji",
			"hiragana", "katakana", "romaji", "kaizen", "onsen", "matsuri", "obento", "bento", "udon", "soba", "gyoza",
			"takoyaki", "okonomiyaki", "dango", "mochi", "nori", "ninja", "samurai", "geisha", "shogun", "sumo", "judo",
			"kendo", "aikido", "dojo", "koban", "konbini", "hanami", "shinkansen", "yokai", "kawaii", "arigato",
			"konnichiwa", "ohayo", "gomen", "nihongo", "genkan", "tatami", "futon", "shoji", "izakaya", "sento",
			"torii", "pachinko", "purikura", "otaku", "oden", "bonito", "domino", "piano", "radio", "video", "studio",
			"patio", "casino", "hero", "zero", "memo", "demo", "photo", "auto", "taxi", "menu", "emu", "moto", "ago",
			"also", "some", "make", "take", "here", "home", "note", "were", "made", "came", "gone", "done", "none",
			"hope", "sure", "more", "move", "same", "name", "game", "side", "wide", "ride", "hide", "site", "tune",
			"mine", "nine", "fine", "line", "time", "wine", "zone", "tone", "rose", "nose", "data", "media", "agenda",
			"area", "idea", "opera", "sofa", "via", "amine", "anemone", "adobe", "abode", "atone", "sane", "one", "use",
			"are", "bike", "bone", "cane", "cone", "cute", "dine", "dune", "fame", "fume", "gate", "kite", "lake",
			"late", "mane", "mate", "mute", "pane", "pine", "pipe", "poke", "pose", "rate", "robe", "rope", "rude",
			"safe", "sale", "save", "tame", "tape", "wake", "wave", "wire", "wise", "woke", "yoke", "tuna", "puma",
			"coma", "sauna", "tiramisu", "sudoku");

	private LatinWords() {
	}

	/** Whether a word is shaped like a Japanese word in romaji and is no English word. */
	static boolean romajiShaped(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return word.length() >= 3 && ROMAJI.matcher(word).matches() && !NOT_NAMES.contains(lower)
				&& !Places.isRomajiPlace(word);
	}

	static boolean isGiven(String word) {
		if (NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(word)) {
			return false;
		}
		int hyphen = word.indexOf('-');
		if (hyphen > 0) {
			return isGiven(word.substring(0, hyphen));
		}
		return LatinNames.GIVEN_NAMES.contains(word) || LatinNames.ROMAJI_GIVEN_NAMES.contains(word)
				|| WorldNames.GIVEN_NAMES.contains(word) || MoreLatinNames.GIVEN_NAMES.contains(word)
				|| EnglishGivenNames.GIVEN_NAMES.contains(word);
	}

	/** Listed surnames, and the Irish and Scottish shapes (O'Neill, McBride, MacLeod). */
	static boolean isSurname(String word) {
		return LatinNames.SURNAMES.contains(word) || LatinNames.ROMAJI_SURNAMES.contains(word)
				|| WorldNames.SURNAMES.contains(word) || MoreLatinNames.SURNAMES.contains(word)
				|| word.matches("O'[A-Z][a-z]+|Ma?c[A-Z][a-z]+");
	}

	/** Words that end place and organisation names, or never start a name. */
	static boolean notLast(String word) {
		return NameLexicon.ENGLISH_NOT_LAST_NAMES.contains(word) || NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(word);
	}

	/** A listed Japanese name in romaji with a word shaped like the other half. */
	static boolean romajiPair(String first, String second) {
		boolean firstListed = LatinNames.ROMAJI_GIVEN_NAMES.contains(first)
				|| LatinNames.ROMAJI_SURNAMES.contains(first);
		boolean secondListed = LatinNames.ROMAJI_GIVEN_NAMES.contains(second)
				|| LatinNames.ROMAJI_SURNAMES.contains(second);
		return (firstListed && secondListed
				&& (LatinNames.ROMAJI_SURNAMES.contains(first) || LatinNames.ROMAJI_SURNAMES.contains(second)))
				|| (firstListed && romajiShaped(second)) || (secondListed && romajiShaped(first));
	}

}
