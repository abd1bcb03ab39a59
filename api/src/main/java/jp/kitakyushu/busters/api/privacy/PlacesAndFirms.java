package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the person names that are part of a place's, a firm's or an office's name, or a
 * pet's in English, wherever a rule or the model took them: 山田緑地, 戸畑あやめ公園, 黒崎あたり, a town
 * right after its ward (小倉北区中井、), 村上議員, "Toto Ltd.", "Hikari Welfare Corp.", "Hibikino
 * Lawson", "from Korea", "to Moritsune", "the dog is called Maru".
 *
 * <p>
 * Surnames that are also place words (Park, Hall, Church) are dropped only when the word
 * follows the name, never when it ends it, so Laura Hall stays a name.
 */
final class PlacesAndFirms {

	/**
	 * What follows a place's name, after at most a few kana that are no particle
	 * (戸畑あやめ公園, not 孫のこはると公園).
	 */
	private static final Pattern FACILITY_AFTER = Pattern
		.compile("^(?:(?!くん|ちゃん|さん|さま)[ぁ-ゖ&&[^がとはをにのもへでや]]{1,4})?(?:緑地|公園|駅|バス停|小学校|中学校|高校|病院|市場|商店街|通り"
				+ "|神社|霊園|団地|市民センター|ベーカリー|あたり|付近|周辺|方面|界隈|の辺り|のあたり|辺り)");

	/** A vicinity word the model took into the name (黒崎あたり). */
	private static final Pattern VICINITY_END = Pattern.compile("(?:あたり|付近|周辺|方面)$");

	private static final Pattern OFFICE_AFTER = Pattern.compile("^(?:議員|市議|県議|議長|市長|知事|区長)");

	/** What ends a town named right after its ward: a mark, a space, の, the end. */
	private static final Pattern TOWN_END = Pattern.compile("^(?:[、。,. ()（）]|の|$)");

	/** Words that make the capitalised words with them a firm's or a place's name. */
	private static final Set<String> FIRM_WORDS = Set.of("ltd", "corp", "inc", "llc", "construction", "bank", "school",
			"hoikuen", "kindergarten", "elementary", "station", "hospital", "clinic", "center", "centre", "lawson",
			"familymart", "welfare", "shrine", "temple", "mall", "studio", "design", "ryokuchi", "koen", "kouen",
			// a shop's trade (Morita Dental, Hakata Ramen, Kojima Denki)
			"dental", "denki", "ramen", "udon", "sushi", "bakery", "cafe", "café", "salon", "pharmacy", "hotel",
			"restaurant", "shokudo", "motors", "electric", "realty", "fudosan", "shoten", "honten",
			// a shop by its kind after its name (the Mr Max store, Sato Karaoke)
			"store", "shop", "supermarket", "karaoke", "izakaya", "pub");

	/** A shop's kind then its name in quotes: the karaoke bar "…", a shop called "…". */
	private static final Pattern SHOP_BEFORE = Pattern
		.compile("(?i:\\b(?:bar|pub|izakaya|snack|shop|store|restaurant|cafe|café|salon|bakery|karaoke|hotel|inn"
				+ "|supermarket|diner|club)(?: (?:called|named))?) [\"“]$");

	/** Romaji words for a side of town that end a place's name (Kokura Minami). */
	private static final Set<String> SIDES = Set.of("minami", "kita", "higashi", "nishi", "naka", "chuo");

	/**
	 * A town named after its ward and a space, before a space and more (八幡西区 本城台 松井より,
	 * 若松区 高須東 在住): the town ends in a town's word or is followed by 在住, so the name is
	 * only what follows it.
	 */
	private static final Pattern SPACED_TOWN = Pattern
		.compile("^(?<town>[一-龯々ヶケ]{1,5}(?:台|町|丘|団地|本町|[一-龯ヶ]{0,4}(?= 在住)))[ \u3000]+(?:在住[ \u3000]*)?");

	/**
	 * What is said of a writer who signs with an age or a sex, no name: 六十代 男, 七十八歳 女.
	 */
	private static final Pattern NO_NAME = Pattern.compile("^(?:[0-9一二三四五六七八九十]+(?:代|歳)|男$|女$|$)");

	/** Place words that are also surnames: they count only after the name. */
	private static final Set<String> PLACE_WORDS_AFTER = Set.of("park", "hall", "church", "market", "high", "junior",
			"co", "company");

	private static final Set<String> COUNTRIES = Set.of("korea", "china", "vietnam", "nepal", "philippines",
			"indonesia", "india", "brazil", "japan", "america", "usa", "canada", "australia", "france", "germany",
			"taiwan", "thailand", "myanmar", "mongolia", "peru", "england", "scotland", "ireland", "spain", "italy",
			"malaysia", "singapore", "bangladesh", "pakistan", "ukraine", "russia", "mexico",
			// what people and things of a country are called: Chinese signs, Korean
			// tourists
			"chinese", "korean", "vietnamese", "nepali", "nepalese", "filipino", "indonesian", "indian", "brazilian",
			"japanese", "american", "canadian", "australian", "french", "german", "taiwanese", "thai", "burmese",
			"mongolian", "peruvian", "english", "spanish", "italian", "russian", "mexican");

	private static final Pattern PREPOSITION_BEFORE = Pattern
		.compile("(?i:\\b(?:from|to|in|near|at|around|via|visit) )$");

	/**
	 * "the dog is called Maru", "a poodle named Momo", "its collar says Mugi": a pet
	 * named in English, after an animal or a breed.
	 */
	private static final Pattern PET_NAMED_BEFORE = Pattern
		.compile("(?i:\\b(?:dog|cat|puppy|kitten|pet|rabbit|hamster|bird|parrot|budgie|shiba|poodle|beagle|terrier"
				+ "|retriever|chihuahua|corgi|dachshund|husky|labrador|pug|tabby|kitty)\\b[^.!?\\n]{0,30}"
				+ "\\b(?:called|named|name is)|collar (?:says|reads|said)) \"?$");

	private static final Pattern WORD_BEFORE = Pattern.compile("(?<w>[A-Z][a-z]+(?:-[a-z]+)?) $");

	private static final int REACH = 48;

	private PlacesAndFirms() {
	}

	private static boolean sideOfTown(String name) {
		String[] words = name.split(" ");
		return words.length == 2 && Places.isRomajiPlace(words[0]) && SIDES.contains(words[1].toLowerCase(Locale.ROOT));
	}

	private static boolean placeBefore(String before) {
		Matcher word = WORD_BEFORE.matcher(before);
		return word.find() && Places.isRomajiPlace(word.group("w"));
	}

	static void remove(String folded, List<Finding> candidates) {
		candidates.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME && notAPerson(folded, finding));
		candidates.replaceAll(
				(finding) -> (finding.kind() == PersonalDataKind.PERSON_NAME) ? afterTown(folded, finding) : finding);
		candidates.removeIf(Objects::isNull);
	}

	/**
	 * The name without the town that opens it after a ward and a space (八幡西区 本城台 松井より:
	 * 松井より); null if nothing but an age or a sex is left.
	 */
	private static Finding afterTown(String folded, Finding finding) {
		int start = finding.start();
		if (start < 2 || (folded.charAt(start - 1) != ' ' && folded.charAt(start - 1) != '\u3000')
				|| folded.charAt(start - 2) != '区') {
			return finding;
		}
		Matcher town = SPACED_TOWN.matcher(folded).region(start, finding.end());
		if (!town.lookingAt()) {
			return finding;
		}
		int rest = town.end();
		if (rest >= finding.end() || NO_NAME.matcher(folded).region(rest, finding.end()).lookingAt()) {
			return null;
		}
		return new Finding(finding.kind(), rest, finding.end(), finding.confidence());
	}

	private static boolean notAPerson(String folded, Finding finding) {
		String name = folded.substring(finding.start(), finding.end());
		String after = folded.substring(finding.end(), Math.min(folded.length(), finding.end() + 12));
		String before = folded.substring(Math.max(0, finding.start() - REACH), finding.start());
		if (!StartSet.LATIN.test(name.charAt(0))) {
			return NO_NAME.matcher(name).lookingAt() || FACILITY_AFTER.matcher(after).find()
					|| VICINITY_END.matcher(name).find() || OFFICE_AFTER.matcher(after).find()
					|| (before.endsWith("区") && TOWN_END.matcher(after).find());
		}
		for (String word : name.split("[ .]+")) {
			if (FIRM_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		if (SHOP_BEFORE.matcher(before).find()) {
			return true;
		}
		String next = after.strip().split("[ .,;:!?]", 2)[0].toLowerCase(Locale.ROOT);
		if (after.startsWith(" ") && (FIRM_WORDS.contains(next) || PLACE_WORDS_AFTER.contains(next))) {
			return true;
		}
		if (PREPOSITION_BEFORE.matcher(before).find() && sideOfTown(name)) {
			// "in Kokura Minami": a place and its side of town.
			return true;
		}
		boolean oneWord = name.indexOf(' ') < 0;
		if (oneWord && PLACE_WORDS_AFTER.contains(name.toLowerCase(Locale.ROOT)) && placeBefore(before)) {
			// Katsuyama Park: the place word of a place's name.
			return true;
		}
		return oneWord && (COUNTRIES.contains(name.toLowerCase(Locale.ROOT))
				|| (Places.isRomajiPlace(name) && PREPOSITION_BEFORE.matcher(before).find())
				|| PET_NAMED_BEFORE.matcher(before).find());
	}

}
