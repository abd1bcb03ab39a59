package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kitakyushu.busters.api.privacy.Morphology.Token;

/**
 * Finds Japanese names where letters and forms put them: the person a message is written
 * to, alone on its first line (千鶴へ, ＞ けんちゃんへ), and a child listed with a date of birth
 * (瑛太・平成28年5月3日生, 心愛・…生): only people are greeted that way or listed with their birth.
 */
final class JapaneseLetterNames implements Detector {

	private static final String NAME = "[\\p{IsHan}々]{1,4}|[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,6}";

	/** A line that is only a name (with an honorific) and へ, maybe quoted. */
	private static final Pattern ADDRESSED = Pattern.compile("(?m)^[ >]*(?<v>" + NAME + ")(?:さん|ちゃん|くん|君)?へ[ 、,]*$");

	/** A name, ・ or 、 and a date ending in 生: a child in a list of births. */
	private static final Pattern BEFORE_BIRTH = Pattern
		.compile("(?<=^|[(、, :]|\\n)(?<v>" + NAME + ")[・:] ?(?=(?:明治|大正|昭和|平成|令和|\\d{4}|\\[|［)[^、。\\n)]{1,20}生)");

	/** Words greeted with へ that are no person: offices, groups, everyone. */
	private static final List<String> NOT_PEOPLE_ENDINGS = List.of("課", "所", "局", "会", "市", "区", "県", "様", "長", "員",
			"者", "民", "皆", "係", "室", "部", "社", "校", "園", "院", "店", "家", "方", "達", "たち", "ら", "各位", "先生", "みなさん", "みんな");

	@Override
	public void detect(String folded, List<Finding> out) {
		boolean letter = folded.indexOf('へ') >= 0;
		boolean births = folded.indexOf('生') >= 0;
		if ((!letter && !births) || !TextFold.isJapanese(folded)) {
			return;
		}
		List<Token> tokens = Morphology.tokens(folded);
		if (letter) {
			Matcher addressed = ADDRESSED.matcher(folded);
			while (addressed.find()) {
				add(folded, tokens, addressed, out);
			}
		}
		if (births) {
			Matcher birth = BEFORE_BIRTH.matcher(folded);
			while (birth.find()) {
				add(folded, tokens, birth, out);
			}
		}
	}

	private static void add(String folded, List<Token> tokens, Matcher matcher, List<Finding> out) {
		String name = matcher.group("v");
		if (NameLexicon.isGeneric(name) || NameLexicon.isHiraganaGeneric(name) || NameLexicon.isKatakanaGeneric(name)
				|| Places.JAPANESE.contains(name) || PetNames.isAnimal(name)) {
			return;
		}
		for (String ending : NOT_PEOPLE_ENDINGS) {
			if (name.endsWith(ending)) {
				return;
			}
		}
		int index = Morphology.indexAt(tokens, matcher.start("v"));
		boolean common = index >= 0 && tokens.get(index).end() == matcher.end("v") && tokens.get(index).commonWord();
		out.add(new Finding(PersonalDataKind.PERSON_NAME, matcher.start("v"), matcher.end("v"),
				common ? Confidence.FLAGGED : Confidence.MASKED));
	}

}
