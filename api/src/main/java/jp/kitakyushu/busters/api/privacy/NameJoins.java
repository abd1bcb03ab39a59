package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes a found name over what belongs to it by its shape, not by any list: the
 * particles of a family name (van den, de la, ファン・デル), a nickname in quotes or brackets
 * before the surname (Daniel "Danny" Brooks), a surname in capitals before a comma (WONG,
 * Siu Ling), a katakana name after it over a ・ (…・マルティネス), the rest of a kana word it was
 * cut from (ほり|うち), and a kana word beside it across one space, in the same script (はらだ
 * みき, ヨコタ マサル). Each widened name keeps its confidence.
 */
final class NameJoins {

	private static final String PARTICLE = "(?:van|von|de|del|della|der|den|da|di|du|dos|das|le|la|bin|ibn|al|el|ter|ten)";

	/** Particles, then the surname they lead to: van den Berg, de la Cruz. */
	private static final Pattern PARTICLES_AFTER = Pattern.compile("(?: " + PARTICLE + "){1,3} [A-Z][\\p{L}'-]+");

	/** A nickname in quotes or brackets, then a capitalised surname. */
	private static final Pattern NICKNAME_AFTER = Pattern
		.compile(" (?:\"[A-Z][\\p{L}'-]*\"|“[A-Z][\\p{L}'-]*”|\\([A-Z][\\p{L}'-]*\\)) [A-Z][\\p{L}'-]+");

	private static final String KATAKANA_PARTICLE = "(?:ファン|フォン|ヴァン|デル|デン|デ|ダ|ド|ラ|ディ|ドゥ|ビン|アル|エル)";

	/** A katakana name joined by ・, over the particles between: ・ファン・デル・ベルフ. */
	private static final Pattern KATAKANA_AFTER = Pattern
		.compile("(?:・(?:" + KATAKANA_PARTICLE + "|[A-Z]\\.?)){0,3}・[\\p{IsKatakana}ー]{2,12}");

	/** The full name in brackets after a given name: doris (doris okamoto). */
	private static final Pattern FULL_IN_BRACKETS = Pattern
		.compile(" ?\\((?<v>[A-Za-z][a-z'-]+(?: [A-Za-z][a-z'-]+){1,2})\\)");

	/** A katakana given name before a middle initial: マーク・J・ヒューズ. */
	private static final Pattern KATAKANA_BEFORE_INITIAL = Pattern.compile("[\\p{IsKatakana}ー]{2,12}・$");

	/** A surname in capitals after a name in capitals: MARIA J. SANTOS. */
	private static final Pattern CAPITALS_AFTER = Pattern.compile(" [A-Z]{2,}(?:-[A-Z]{2,})?\\b(?![a-z])");

	/**
	 * A surname alone at the start of the next line, a name split by a line break: the
	 * word then a stop, a comma or the line's end.
	 */
	private static final Pattern NEXT_LINE = Pattern.compile("\\n(?<v>[A-Z][a-z]+)(?=[.,]|\\n|$)");

	/** A surname in capitals and a comma right before the given name. */
	private static final Pattern CAPITALS_BEFORE = Pattern.compile("\\b[A-Z]{2,}(?:[- ][A-Z]{2,})?, $");

	/** Kana words that stand after a name but are none: です, より, さん. */
	private static final Set<String> NOT_PARTNERS = Set.of("です", "でした", "ます", "さん", "くん", "ちゃん", "さま", "より", "から", "まで",
			"など", "たち", "ほか", "へ", "にて", "まえ", "こと", "ため", "ほう", "です。", "ママ", "パパ", "センセイ");

	private static final int KANA_RUN = 7;

	private NameJoins() {
	}

	static void widen(String folded, List<Finding> candidates) {
		for (int i = 0; i < candidates.size(); i++) {
			Finding finding = candidates.get(i);
			if (finding.kind() != PersonalDataKind.PERSON_NAME) {
				continue;
			}
			int start = finding.start();
			int end = finding.end();
			end = MatchEnds.after(folded, end, PARTICLES_AFTER);
			end = MatchEnds.after(folded, end, NICKNAME_AFTER);
			end = MatchEnds.after(folded, end, KATAKANA_AFTER);
			String found = folded.substring(start, end);
			if (found.chars().anyMatch(Character::isUpperCase) && found.chars().noneMatch(Character::isLowerCase)) {
				end = MatchEnds.after(folded, end, CAPITALS_AFTER);
			}
			end = nextLine(folded, end);
			end = fullInBrackets(folded, start, end);
			if (start >= 2 && folded.charAt(start - 2) == ',') {
				Matcher capitals = CAPITALS_BEFORE.matcher(folded).region(Math.max(0, start - 24), start);
				if (capitals.find()) {
					start = capitals.start();
				}
			}
			if (folded.startsWith("・", start + 1) || folded.startsWith(".・", start + 1)) {
				Matcher given = KATAKANA_BEFORE_INITIAL.matcher(folded).region(Math.max(0, start - 13), start);
				if (Character.isUpperCase(folded.charAt(start)) && given.find()) {
					start = given.start();
				}
			}
			start = runStart(folded, start);
			end = runEnd(folded, end);
			end = partnerEnd(folded, start, end);
			start = partnerStart(folded, start, end);
			if (start != finding.start() || end != finding.end()) {
				candidates.set(i, finding.over(start, end));
			}
		}
	}

	/** Past the full name in brackets that starts with the name found. */
	private static int fullInBrackets(String folded, int start, int end) {
		Matcher full = FULL_IN_BRACKETS.matcher(folded).region(end, folded.length());
		if (full.lookingAt() && full.group("v")
			.toLowerCase(Locale.ROOT)
			.startsWith(folded.substring(start, end).toLowerCase(Locale.ROOT) + " ")) {
			return full.end();
		}
		return end;
	}

	/** Past a surname on the next line after a Latin name that ends its line. */
	private static int nextLine(String folded, int end) {
		if (end == 0 || end >= folded.length() || folded.charAt(end) != '\n'
				|| !Character.isLetter(folded.charAt(end - 1)) || folded.charAt(end - 1) > 'z') {
			return end;
		}
		Matcher next = NEXT_LINE.matcher(folded).region(end, folded.length());
		if (next.lookingAt() && (LatinWords.isSurname(next.group("v")) || LatinWords.romajiShaped(next.group("v")))) {
			return next.end();
		}
		return end;
	}

	/** 0 for no kana, 1 for hiragana, 2 for katakana (with its long mark). */
	private static int script(char c) {
		if (c >= 'ぁ' && c <= 'ゖ') {
			return 1;
		}
		return (c >= 'ァ' && c <= 'ヺ') || c == 'ー' ? 2 : 0;
	}

	/**
	 * The kana word a name was cut from, taken whole when short and set apart by no kana.
	 */
	private static int runStart(String folded, int start) {
		if (start == 0 || script(folded.charAt(start)) == 0
				|| script(folded.charAt(start - 1)) != script(folded.charAt(start))
				|| "のはがをにでともへや".indexOf(folded.charAt(start - 1)) >= 0) {
			return start;
		}
		int kind = script(folded.charAt(start));
		int at = start;
		while (at > 0 && start - at <= 3 && script(folded.charAt(at - 1)) == kind) {
			at--;
		}
		return (start - at <= 3 && bounded(folded, at - 1)) ? at : start;
	}

	private static int runEnd(String folded, int end) {
		if (end >= folded.length() || script(folded.charAt(end - 1)) == 0
				|| script(folded.charAt(end)) != script(folded.charAt(end - 1))) {
			return end;
		}
		int kind = script(folded.charAt(end - 1));
		int at = end;
		while (at < folded.length() && at - end <= 3 && script(folded.charAt(at)) == kind) {
			at++;
		}
		String rest = folded.substring(end, at);
		return (at - end <= 3 && bounded(folded, at) && !NOT_PARTNERS.contains(rest) && !particle(rest)) ? at : end;
	}

	/** A kana word of the same script across one space after an all-kana name. */
	private static int partnerEnd(String folded, int start, int end) {
		int kind = kanaName(folded, start, end);
		if (kind == 0 || end + 2 >= folded.length() || folded.charAt(end) != ' ') {
			return end;
		}
		int at = end + 1;
		while (at < folded.length() && at - end < KANA_RUN && script(folded.charAt(at)) == kind) {
			at++;
		}
		int length = at - end - 1;
		return (length >= 2 && length <= KANA_RUN - 1 && bounded(folded, at)
				&& !NOT_PARTNERS.contains(folded.substring(end + 1, at))) ? at : end;
	}

	private static int partnerStart(String folded, int start, int end) {
		int kind = kanaName(folded, start, end);
		if (kind == 0 || start < 3 || folded.charAt(start - 1) != ' ') {
			return start;
		}
		int at = start - 1;
		while (at > 0 && start - at < KANA_RUN && script(folded.charAt(at - 1)) == kind) {
			at--;
		}
		int length = start - 1 - at;
		// A word ending in a particle (3ねんせいの ゆうと) is no surname before a given name.
		return (length >= 2 && length <= KANA_RUN - 1 && bounded(folded, at - 1)
				&& "のはがをにでともへやね".indexOf(folded.charAt(start - 2)) < 0
				&& !NOT_PARTNERS.contains(folded.substring(at, start - 1))) ? at : start;
	}

	/** The script of a name written all in one kana script, or 0. */
	private static int kanaName(String folded, int start, int end) {
		int kind = script(folded.charAt(start));
		if (kind == 0 || end - start > KANA_RUN) {
			return 0;
		}
		for (int i = start; i < end; i++) {
			char c = folded.charAt(i);
			if (script(c) != kind && c != ' ') {
				return 0;
			}
		}
		return kind;
	}

	/**
	 * Whether what stands at {@code at} ends a word: the text's edge, a space, a mark.
	 */
	private static boolean bounded(String folded, int at) {
		if (at < 0 || at >= folded.length()) {
			return true;
		}
		char c = folded.charAt(at);
		return " \n、。,.:：:（）()「」『』・!！?？".indexOf(c) >= 0 || Character.isDigit(c);
	}

	private static boolean particle(String rest) {
		return rest.length() <= 2 && "はがのをにでともへや".indexOf(rest.charAt(0)) >= 0;
	}

}
