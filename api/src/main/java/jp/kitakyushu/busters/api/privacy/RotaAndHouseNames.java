package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds surnames by the place a post gives them: the items of a rota (a month, a week or
 * a day, then one household's name per line) and a family named as a house (…家の前).
 */
final class RotaAndHouseNames {

	/** One line of a rota: when, then whose turn it is. */
	private static final Pattern ROTA_LINE = Pattern
		.compile("(?:^|(?<=\\n)) ?(?:[0-9]{1,2}月|第[0-9]{1,2}(?:週|回)|[月火水木金土日]曜日?|[0-9]{1,2}/[0-9]{1,2}) ?[:：]? ?"
				+ "(?<v>[一-龯々ヶ]{1,4}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6}(?:・[ァ-ヺー]{2,6})?)(?: ?(?:さん|様|宅|家))? *(?=\\n|$)");

	/** A rota has at least this many lines of that shape. */
	private static final int FEWEST_LINES = 3;

	/** A surname, then 家 and a particle: the family's house. */
	private static final Pattern HOUSE = Pattern.compile("(?<![一-龯々ヶ])(?<v>[一-龯々]{2,3})家(?=の|は|が|に|で|を|から|まで|、)");

	/** A surname before 様方 (in care of): the household an address goes to. */
	private static final Pattern CARE_OF = Pattern.compile("(?<![一-龯々ヶ])(?<v>[一-龯々]{1,4}) ?様方");

	private RotaAndHouseNames() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (!TextFold.isJapanese(folded)) {
			return;
		}
		List<Finding> rota = new ArrayList<>();
		Matcher line = ROTA_LINE.matcher(folded);
		boolean rotaWords = folded.indexOf('\n') >= 0 && (folded.indexOf('月') >= 0 || folded.indexOf('曜') >= 0
				|| folded.indexOf('第') >= 0 || folded.indexOf('/') >= 0);
		while (rotaWords && line.find()) {
			String word = line.group("v");
			if (!NameLexicon.isGeneric(word) && !NameLexicon.isKatakanaGeneric(word)
					&& !NameLexicon.isHiraganaGeneric(word) && !Places.JAPANESE.contains(word)) {
				// A known surname is sure; any other word may be what the rota shares
				// out.
				boolean known = NameLexicon.SURNAMES.contains(word) || DictionaryNames.kanaSurname(word)
						|| word.indexOf('・') > 0;
				rota.add(new Finding(PersonalDataKind.PERSON_NAME, line.start("v"), line.end("v"),
						known ? Confidence.MASKED : Confidence.FLAGGED));
			}
		}
		// A rota of chores (可燃, 資源) has the shape too: one known surname makes it
		// people's.
		if (rota.size() >= FEWEST_LINES && rota.stream().anyMatch((finding) -> !finding.flagged())) {
			candidates.addAll(rota);
		}
		Matcher careOf = CARE_OF.matcher(folded);
		while (folded.contains("様方") && careOf.find()) {
			if (!NameLexicon.isGeneric(careOf.group("v"))) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, careOf));
			}
		}
		Matcher house = HOUSE.matcher(folded);
		while (folded.indexOf('家') >= 0 && house.find()) {
			// A word the dictionary knows with its 家 (a chain's name) is no family's
			// house.
			int token = NameLexicon.SURNAMES.contains(house.group("v"))
					? Morphology.indexAt(Morphology.tokens(folded), house.start("v")) : -2;
			if (token == -1 || token >= 0 && Morphology.tokens(folded).get(token).end() <= house.end("v")) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, house));
			}
		}
	}

}
