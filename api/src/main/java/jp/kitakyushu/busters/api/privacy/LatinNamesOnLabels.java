package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a name written in Latin capitals (full-width or not, with or without an initial)
 * on a label, door, mailbox or sticker in a Japanese post: 「ＬＩＵ」, ポストに Ｍ．ＡＢＥ.
 */
final class LatinNamesOnLabels {

	/**
	 * Latin letters alone in quotes, or capitals after a word for what names are written
	 * on.
	 */
	private static final Pattern LABELLED = Pattern
		.compile("「(?<v>(?:[A-Z]\\. ?)?[A-Z][A-Za-z]{0,11}(?:[ .][A-Z][A-Za-z]{0,11})?)」"
				+ "|(?:表札|名札|ポスト|郵便受け?|シール|ステッカー|ネーム|メールボックス)[^。\\n「]{0,6}?[ (（:]"
				+ "(?<w>(?:[A-Z]\\. ?)?[A-Z]{2,12}(?: [A-Z]{2,12})?)(?![A-Za-z])");

	/** Capitals that are abbreviations, not names. */
	private static final Set<String> NOT_NAMES = WordLists.of("""
			NHK JR LED ATM TEL FAX OK NG PTA DV SNS LINE PC TV CD DVD GPS ETC ID USB WIFI WI FI NPO JA JP UR DIY BBQ SOS
			EV AM PM GW HP URL QR NO ON OFF PET CO LP MAX MIN AED IH KG CM MM KM FAMILY MART LAWSON SEVEN AEON COOP""");

	private LatinNamesOnLabels() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (!TextFold.isJapanese(folded)) {
			return;
		}
		Matcher label = LABELLED.matcher(folded);
		while (label.find()) {
			String group = (label.group("v") != null) ? "v" : "w";
			String name = label.group(group);
			String last = name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf(' ')) + 1).trim();
			if (last.isEmpty() || NOT_NAMES.contains(last.toUpperCase(java.util.Locale.ROOT))
					|| NOT_NAMES.contains(name)) {
				continue;
			}
			String word = last.charAt(0) + last.substring(1).toLowerCase(java.util.Locale.ROOT);
			boolean listed = LatinWords.isSurname(word) || LatinWords.isGiven(word);
			candidates.add(new Finding(PersonalDataKind.PERSON_NAME, label.start(group), label.end(group),
					listed ? Confidence.MASKED : Confidence.FLAGGED));
		}
	}

}
