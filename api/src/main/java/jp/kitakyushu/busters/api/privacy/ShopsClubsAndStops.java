package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops the names that are shops, clubs and stops, whatever rule found them: a name after
 * a trade word ending in 屋 (八百屋ささき, 魚屋たなか), a name ending with a group's word (…老人クラブ),
 * Latin words ending with a firm's or building's word (Sakura Books), and a name followed
 * by "bus stop" or "station".
 *
 * <p>
 * A finding that starts with a known surname (土屋, 守屋) is a person's, and stays.
 */
final class ShopsClubsAndStops {

	private static final Pattern TRADE_FIRST = Pattern.compile("^(?<trade>[\\p{IsHan}ァ-ヺー]{1,4}屋)(?:さん)?");

	/** A group's word ending a name: 老人クラブ, 子ども会, 同好会, 組合. */
	private static final Pattern GROUP_END = Pattern
		.compile("[\\p{IsHan}\\p{IsKatakana}ー々]{2,}(?:クラブ|サークル|老人会|町内会|自治会|子ども会|子供会|婦人会|同好会|愛好会|組合|協会|チーム)$");

	/**
	 * Shop words no shared list holds; the shared lists ({@link NameLexicon},
	 * {@link Businesses}) are the learned model's features and change only with a
	 * retrained model.
	 */
	private static final Set<String> SHOP_WORDS = Set.of("Books", "Bookshop", "Bookstore");

	/** Latin words only: a romanised shop's or stop's name. */
	private static final Pattern LATIN_WORDS = Pattern.compile("[A-Za-z][A-Za-z'\\- ]*");

	private static final Pattern STOP_AFTER = Pattern
		.compile("^ (?i:bus stop|bus station|station|stop|interchange|tram stop|line)\\b");

	private ShopsClubsAndStops() {
	}

	static void remove(String folded, List<Finding> candidates) {
		candidates.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME && notAPerson(folded, finding));
	}

	static boolean notAPerson(String folded, Finding finding) {
		String text = finding.in(folded).strip();
		if (text.isEmpty() || NameLexicon.startsWithSurname(text)) {
			return false;
		}
		if (LATIN_WORDS.matcher(text).matches()) {
			String[] words = text.split(" ");
			return !personal(words) && (words.length > 1 && placeWord(words[words.length - 1])
					|| STOP_AFTER.matcher(folded).region(finding.end(), folded.length()).lookingAt());
		}
		var trade = TRADE_FIRST.matcher(text);
		if (trade.lookingAt() && !JapaneseNames.SURNAMES.contains(trade.group("trade"))) {
			return true;
		}
		return GROUP_END.matcher(text).find();
	}

	private static boolean placeWord(String word) {
		return NameLexicon.ENGLISH_NOT_LAST_NAMES.contains(word) || Businesses.isBusinessWord(word)
				|| BuildingAddressDetector.ENGLISH_BUILDING_WORDS.contains(word) || SHOP_WORDS.contains(word);
	}

	/**
	 * Whether Latin words hold a listed given name or surname (Helen Ward, Jun-ho Park,
	 * David Hall): then the words are a person's, whatever they end with. Not
	 * {@link LatinWords#isGiven} or {@link LatinWords#isSurname}: their romaji names
	 * (Sakura, Hikari) name shops as often as people.
	 */
	private static boolean personal(String[] words) {
		String first = words[0];
		if (LatinNames.GIVEN_NAMES.contains(first) || MoreLatinNames.GIVEN_NAMES.contains(first)
				|| EnglishGivenNames.GIVEN_NAMES.contains(first) || WorldNames.GIVEN_NAMES.contains(first)) {
			return true;
		}
		for (String word : words) {
			if (word.contains("-") || LatinNames.SURNAMES.contains(word) || MoreLatinNames.SURNAMES.contains(word)
					|| WorldNames.SURNAMES.contains(word)) {
				return true;
			}
		}
		return false;
	}

}
