package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kitakyushu.busters.api.privacy.Morphology.Token;

/**
 * Finds Japanese names by where they stand: a name in kana before an age (次女（さくら、3歳）,
 * こうへい（6歳）), which only people and pets have (pets are dropped later); a signature of two
 * hiragana words (やまもと かずえ) or a hiragana name after the writer's ward or school year at
 * the end of a post (戸畑区 はなこ), which the dictionary reads as pieces; a name in brackets
 * after a phone number (093-000-0000（松尾）); a surname after a role and の (班長の 松尾まで); and a
 * surname quoted alone (「松尾」), which is flagged.
 */
final class JapaneseNameShapes implements Detector {

	private static final Pattern AFTER_PHONE = Pattern
		.compile("(?:\\d{2,5}[-)]\\d{1,4}-\\d{3,4}|\\d{10,11}) ?[（(](?<v>[\\p{IsHan}々]{1,4})[)）]");

	/** Matched right after a role and の. */
	private static final Pattern NAME_AFTER_ROLE = Pattern
		.compile("(?<v>[\\p{IsHan}々]{1,4}?)(?=まで|に|へ|が|より|から|です|、|。|\\()");

	/** マリアナ ロペスが: a katakana given name, a space and a listed Western surname. */
	private static final Pattern KATAKANA_FULL_NAME = Pattern
		.compile("(?<![\\p{IsKatakana}ー・])(?<v>[\\p{IsKatakana}ー]{2,8} "
				+ "(?<w>[\\p{IsKatakana}ー]{2,8}))(?=さん|様|氏|が|は|と|も|の|に|を|、|。|です)");

	private static final Pattern QUOTED = Pattern.compile("「(?<v>[\\p{IsHan}々]{1,4})」");

	private static final Pattern LAST_AFTER_WARD = Pattern.compile("(?<=[区市町年生組] )(?<v>[ぁ-ゖ]{2,5})\\s*$");

	private static final String KANA = "[ぁ-ゖァ-ヺー]";

	private static final String AGE = "(?:\\d{1,2} ?(?:歳|才|さい|か月|ヶ月|カ月)|[小中高] ?[1-6])";

	/** （けんたくん）: a hiragana name with an honorific, alone in brackets. */
	private static final Pattern KANA_IN_BRACKETS = Pattern.compile("[（(](?<v>[ぁ-ゖ]{2,5})(?:さん|くん|ちゃん)[)）]");

	private static final Pattern IN_BRACKETS_WITH_AGE = Pattern.compile("[（(](?<v>" + KANA + "{2,6})[、,・ ] ?" + AGE);

	private static final Pattern BEFORE_AGE = Pattern
		.compile("(?<=^|[のは、 \\n])(?<v>[ぁ-ゖァ-ヺー&&[^のがをに]]{2,6})[（(]" + AGE + "[)）]");

	private static final Pattern HIRAGANA_SIGNATURE = Pattern.compile(
			"(?m)^(?:[―—\\-ー]+ ?)?(?<v>(?<a>[ぁ-ゖ]{2,5}) (?<b>[ぁ-ゖ]{1,5}))(?=$| +(?:[\\d+(［\\[]|TEL|Tel|電話|携帯|連絡))");

	@Override
	public void detect(String folded, List<Finding> out) {
		if (!TextFold.isJapanese(folded)) {
			return;
		}
		List<Token> tokens = Morphology.tokens(folded);
		if (PatternRule.digitCount(folded) > 0) {
			for (Pattern pattern : List.of(IN_BRACKETS_WITH_AGE, BEFORE_AGE)) {
				Matcher matcher = pattern.matcher(folded);
				while (matcher.find()) {
					// ワンちゃん（モモ、3歳）: an animal before the brackets owns the age.
					if (!PetNames.isAnimal(folded.substring(Math.max(0, matcher.start() - 8), matcher.start()))
							&& !generic(tokens, matcher.group("v"), matcher.start("v"),
									pattern == BEFORE_AGE && StartSet.HIRAGANA.test(matcher.group("v").charAt(0)))) {
						out.add(Found.value(PersonalDataKind.PERSON_NAME, matcher));
					}
				}
			}
		}
		Matcher bracketed = KANA_IN_BRACKETS.matcher(folded);
		while (bracketed.find()) {
			String name = bracketed.group("v");
			if (!name.startsWith("お") && !generic(tokens, name, bracketed.start("v"), false)) {
				out.add(Found.value(PersonalDataKind.PERSON_NAME, bracketed));
			}
		}
		Matcher phone = AFTER_PHONE.matcher(folded);
		while (phone.find()) {
			if (surname(tokens, phone.group("v"), phone.start("v"))) {
				out.add(Found.value(PersonalDataKind.PERSON_NAME, phone));
			}
		}
		for (int of = folded.indexOf('の'); of > 0; of = folded.indexOf('の', of + 1)) {
			if (!NameContext.endsWithAny(folded, of, NameContext.ROLES)) {
				continue;
			}
			Matcher name = NAME_AFTER_ROLE.matcher(folded).region(of + 1, Math.min(folded.length(), of + 8));
			name.useTransparentBounds(true);
			if (name.lookingAt() && surname(tokens, name.group("v"), name.start("v"))) {
				out.add(Found.value(PersonalDataKind.PERSON_NAME, name));
			}
		}
		Matcher katakana = KATAKANA_FULL_NAME.matcher(folded);
		while (katakana.find()) {
			if (LatinNames.KATAKANA_NAMES.contains(katakana.group("w"))
					&& !oneCommonWord(tokens, katakana.start("w"), katakana.end("w"))) {
				out.add(Found.value(PersonalDataKind.PERSON_NAME, katakana));
			}
		}
		Matcher quoted = QUOTED.matcher(folded);
		while (quoted.find()) {
			if (surname(tokens, quoted.group("v"), quoted.start("v"))) {
				out.add(Found.value(PersonalDataKind.PERSON_NAME, quoted, Confidence.FLAGGED));
			}
		}
		if (folded.indexOf(' ') < 0) {
			return;
		}
		Matcher last = LAST_AFTER_WARD.matcher(folded);
		if (last.find() && !oneCommonWord(tokens, last.start("v"), last.end("v"))) {
			out.add(Found.value(PersonalDataKind.PERSON_NAME, last, Confidence.FLAGGED));
		}
		Matcher signature = HIRAGANA_SIGNATURE.matcher(folded);
		while (signature.find()) {
			if (!oneCommonWord(tokens, signature.start("a"), signature.end("a"))
					&& !oneCommonWord(tokens, signature.start("b"), signature.end("b"))) {
				out.add(Found.value(PersonalDataKind.PERSON_NAME, signature));
			}
		}
	}

	/** A word for people in general (シニア, こども), not anyone's name. */
	private static boolean generic(List<Token> tokens, String word, int start, boolean dictionaryToo) {
		return NameLexicon.KATAKANA_GENERIC.contains(word) || NameLexicon.HIRAGANA_GENERIC.contains(word)
				|| NameLexicon.GENERIC.contains(word)
				|| (dictionaryToo && oneCommonWord(tokens, start, start + word.length()));
	}

	/** A listed surname, or one the dictionary tags as a surname, all of the span. */
	private static boolean surname(List<Token> tokens, String word, int start) {
		if (NameLexicon.SURNAMES.contains(word)) {
			return true;
		}
		int index = Morphology.indexAt(tokens, start);
		return index >= 0 && tokens.get(index).end() == start + word.length() && tokens.get(index).taggedSurname();
	}

	/** Whether the dictionary reads a span as one word of its own that is no name. */
	private static boolean oneCommonWord(List<Token> tokens, int start, int end) {
		int index = Morphology.indexAt(tokens, start);
		return index >= 0 && tokens.get(index).end() == end && tokens.get(index).commonWord();
	}

}
