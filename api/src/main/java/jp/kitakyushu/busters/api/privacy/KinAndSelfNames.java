package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes and finds names by what stands around them: a given name after a relative
 * (孫の悠真に) taken only in part is the whole kanji run up to its particle; a writer's name
 * in brackets right after 私 (私（ヤマダ）が) is theirs, as is a relative's in kana right after
 * the relative (娘（ほなみ）, 息子（けいた、…）, 祖母・ふみえ; in brackets only in hiragana, as kanji and
 * katakana there are rather a job or a state: 夫（会社員）, 夫（パート）); a kana word with an age or
 * a school year in brackets (ゆうき（小学3年）) is a child's name; a child says its name after
 * ぼくは…の (ぼくは2年生のそうまです); and a katakana name goes on over a middle dot into the next
 * katakana word (チェン・ウェイ).
 */
final class KinAndSelfNames {

	/** A relative, then の, right before a name. */
	private static final Pattern KIN_BEFORE = Pattern.compile("(?:孫|娘|息子|妻|夫|父|母|兄|姉|弟|妹|長男|長女|次男|次女|甥|姪)の$");

	/** The rest of a kanji given name, then a particle or a mark. */
	private static final Pattern REST = Pattern.compile("^(?<rest>[一-龯々]{1,2})(?=[がはにをとのもへ、。）)]|$)");

	/** Kanji that follow a name without being part of it. */
	private static final String NOT_NAME_KANJI = "様氏君殿達等宅家方側先生";

	private static final Pattern SELF_IN_BRACKETS = Pattern
		.compile("(?:私|わたし|僕|ぼく|自分)[（(](?<v>[ァ-ヺー]{2,8}|[一-龯々]{2,4}|[ぁ-ゖ]{2,6})[）)]");

	/** A relative, then the relative's name in brackets or after a middle dot. */
	private static final Pattern KIN_NAMED = Pattern.compile("(?:孫|娘|息子|妻|夫|父|母|祖父|祖母|兄|姉|弟|妹|長男|長女|次男|次女)"
			+ "(?:[（(](?<b>[ぁ-ゖ]{2,5})(?=[）)、,])|・(?<d>[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})(?=[、,。 ）)]))");

	/**
	 * A kana word, then an age or a school year in brackets: in katakana only an age, as
	 * a job's years may follow a katakana word (アルバイト（2年）).
	 */
	private static final Pattern AGED = Pattern.compile("(?<![ぁ-ゖァ-ヺー])(?:(?<v>[ぁ-ゖ]{2,5})[（(](?:小学|中学|小|中|高校)?"
			+ "[0-9０-９一二三四五六七八九十]{1,2}(?:歳|才|年|年生|か月)|(?<k>[ァ-ヺー]{2,6})[（(][0-9０-９一二三四五六七八九十]{1,2}(?:歳|才|か月))");

	/** A child saying its name: ぼくは小学2年のそうまです. */
	private static final Pattern CHILD_SELF = Pattern
		.compile("(?:ぼく|僕|わたし|私|あたし|おれ|俺)は[^。、\\n]{0,12}?の(?<v>[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})(?:です|だよ|といいます|と言います)");

	/** Kana words a child's sentence puts where a name would stand (小学校のころです). */
	private static final List<String> NOT_NAMES = List.of("ころ", "とき", "ため", "こと", "もの", "ほう", "ところ", "つもり", "はず", "まま",
			"よう", "そう", "ほか", "みんな", "ひと", "かた", "こども", "あと", "まえ", "うち");

	private static final Pattern KATAKANA_AFTER_DOT = Pattern.compile("^・(?<w>[ァ-ヺー]{2,8})(?![ァ-ヺー・])");

	private KinAndSelfNames() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		for (Finding finding : candidates) {
			if (finding.kind() != PersonalDataKind.PERSON_NAME) {
				continue;
			}
			int end = finding.end();
			String after = folded.substring(end, Math.min(folded.length(), end + 4));
			Matcher rest = REST.matcher(after);
			if (rest.find() && NOT_NAME_KANJI.indexOf(rest.group("rest").charAt(0)) < 0
					&& isKanji(folded.charAt(end - 1))
					&& KIN_BEFORE.matcher(folded.substring(Math.max(0, finding.start() - 3), finding.start())).find()) {
				added.add(new Finding(finding.kind(), finding.start(), end + rest.end("rest"), finding.confidence()));
			}
			Matcher dot = KATAKANA_AFTER_DOT.matcher(folded.substring(end, Math.min(folded.length(), end + 10)));
			if (isKatakana(folded.charAt(end - 1)) && dot.find()) {
				added.add(new Finding(finding.kind(), finding.start(), end + dot.end("w"), finding.confidence()));
			}
		}
		boolean brackets = folded.indexOf('（') >= 0 || folded.indexOf('(') >= 0;
		if (brackets) {
			addAll(SELF_IN_BRACKETS.matcher(folded), "v", added);
			Matcher aged = AGED.matcher(folded);
			while (aged.find()) {
				String group = (aged.group("v") != null) ? "v" : "k";
				int start = aged.start(group);
				// 孫のこうへい（6歳）: a particle after a kanji word is no part of the name.
				if (start > 0 && isKanji(folded.charAt(start - 1)) && "のがはをにともへで".indexOf(folded.charAt(start)) >= 0
						&& aged.end(group) - start > 2) {
					start++;
				}
				if (!NOT_NAMES.contains(folded.substring(start, aged.end(group)))) {
					added.add(new Finding(PersonalDataKind.PERSON_NAME, start, aged.end(group)));
				}
			}
		}
		if (brackets || folded.indexOf('・') >= 0) {
			Matcher kin = KIN_NAMED.matcher(folded);
			while (kin.find()) {
				String group = (kin.group("b") != null) ? "b" : "d";
				added.add(new Finding(PersonalDataKind.PERSON_NAME, kin.start(group), kin.end(group)));
			}
		}
		if (folded.indexOf('は') >= 0 && (folded.contains("です") || folded.contains("だよ") || folded.contains("いいます"))) {
			addAll(CHILD_SELF.matcher(folded), "v", added);
		}
		candidates.addAll(added);
	}

	private static void addAll(Matcher matcher, String group, List<Finding> out) {
		while (matcher.find()) {
			if (NOT_NAMES.contains(matcher.group(group))) {
				continue;
			}
			out.add(new Finding(PersonalDataKind.PERSON_NAME, matcher.start(group), matcher.end(group)));
		}
	}

	private static boolean isKanji(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	private static boolean isKatakana(char c) {
		return c >= 'ァ' && c <= 'ヺ' || c == 'ー';
	}

}
