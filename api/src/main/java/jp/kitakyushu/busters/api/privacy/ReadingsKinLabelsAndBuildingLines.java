package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 29: names shown by a kana reading, an honorific after a space or quotes, a kin
 * label or a list of friends; building lines with a room; accounts after a bracketed
 * kind; and birth dates with the era in hiragana.
 */
final class ReadingsKinLabelsAndBuildingLines {

	/**
	 * A kanji word with its reading in kana brackets, then what follows a name:
	 * 白水（しろうず）です, 「吉冨（よしとみ）」様. Only names are given readings this way beside an
	 * honorific.
	 */
	private static final Pattern READ_NAME = Pattern.compile(
			"(?<![一-龥々])(?<k>[一-龥々]{1,4})[（(](?<r>[ぁ-ゖ]{2,8})[）)](?=[」』]?(?<h>様|さま|さん|くん|君|ちゃん|氏)?(?:です|と申|といい|、|。|\\n|$)?)");

	/**
	 * A kana word, a space and an honorific: ながた くん. The space sets the word off, so it
	 * is not the end of a longer word.
	 */
	private static final Pattern SPACED_HONORIFIC = Pattern
		.compile("(?<![ぁ-ゖ])(?<w>[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,8})[ 　](?:くん|ちゃん|さん|君)(?![ぁ-ゖ&&[^がはのもとにをへ]])");

	/** Quoted words and an honorific: 「ふるかわ のぶお」さん, 「新開」さん. */
	private static final Pattern QUOTED_HONORIFIC = Pattern
		.compile("[「『](?<w>[一-龥々]{1,4}|[ぁ-ゖ]{2,6}(?:[ 　][ぁ-ゖ]{2,6})?)[」』](?:さん|様|さま|くん|ちゃん|氏)");

	/** A name a child or stranger gives in quotes: 名前を聞いたら「ゆうせい」と言って. */
	private static final Pattern SAID_NAME = Pattern.compile(
			"(?:名前|なまえ)(?:を聞いたら|をきいたら|を聞くと|をきくと|を尋ねたら|を尋ねると)[^「\\n]{0,8}「(?<w>[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,8})(?:くん|ちゃん)?」");

	/** Friends or children listed in brackets: 友だち（あんどう と りな）. */
	private static final Pattern LISTED_FRIENDS = Pattern
		.compile("(?:友だち|友達|ともだち|子ども|子供|こども|娘|息子|孫|きょうだい|兄弟|姉妹)(?:の|たち)?[（(][ 　]?(?<a>[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,8})"
				+ "[ 　]?(?:と|、|・)[ 　]?(?<b>[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,8})[ 　]?[）)]");

	/**
	 * A kin or applicant label at a line's start, a colon and a full name in two words:
	 * 父：渕上 正和, 子：ひろせ ことは.
	 */
	private static final Pattern KIN_LABEL = Pattern
		.compile("(?:^|\\n)[ 　]*(?:子|子ども|長男|長女|次男|次女|息子|娘|孫|父|母|夫|妻|祖父|祖母|本人|対象者"
				+ "|対象児童|児童|利用者|受給者|申請者|名義|名義人|親|保護者)[ 　]*[:：][ 　]*(?<n>(?<f>[一-龥々]{1,4}|[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,8})[ 　]"
				+ "(?<g>[一-龥々]{1,4}|[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,8}))(?=[（(\\n 　、,]|$)");

	/** A foreign full name in katakana at an opening before です: カロリーナ・タナカです. */
	private static final Pattern KATAKANA_FULL_NAME = Pattern
		.compile("(?<=^|[。！？\\n、 　])(?<w>[ァ-ヺー]{2,10}・[ァ-ヺー]{2,10})(?=です|と申します|といいます)");

	/**
	 * A building word first, its place, then a room: Heights Tomino 2B, Palazzo Kokura
	 * 1202, as Japanese flats are romanised (ハイツ富野, パラッツォ小倉).
	 */
	private static final Pattern BUILDING_FIRST = Pattern.compile(
			"\\b(?<v>(?:Heights|Haitsu|Corpo|Kopo|Mansion|Palazzo|Villa|Maison|Residence|Casa|Heim|Grand Court|Sky Court|Court)"
					+ "(?: [A-Z][a-z]+){1,2},? (?:#|No\\. ?|[Rr]oom |Rm\\.? )?(?:\\d{1,2}[A-Z]|[A-Z]-?\\d{2,4}|\\d{3,4}))(?![\\w-])");

	/**
	 * A capitalised building's name and its room after a home cue: My apartment (Arcadia
	 * Kurosaki, room 411), I live in the Hibikino International House, Room B-214.
	 */
	private static final Pattern HOME_ROOM = Pattern.compile(
			"(?i:apartment|flat|dorm|dormitory|live in|live at|living in|living at|I'm at|I am at|staying at|my place)"
					+ "(?: the)? ?[(]?(?<v>(?:[A-Z][A-Za-z'\\-]+ ){0,3}[A-Z][A-Za-z'\\-]+,? (?i:room|rm\\.?|#|no\\.) ?[A-Z]?-?\\d{2,4}[A-Z]?)(?![\\w-])");

	/** Words of public buildings: a room there is nobody's home. */
	private static final Pattern PUBLIC_BUILDING = Pattern.compile(
			"\\b(?:City|Ward|Office|Municipal|Hospital|Clinic|School|University|Library|Center|Centre|Station|Conference|Meeting|Hotel|Inn)\\b");

	/**
	 * An English account after a bracketed kind: Tobata Branch (ordinary) 5518026.
	 */
	private static final Pattern BRACKETED_KIND = Pattern.compile(
			"(?:Bank|Branch|branch)[^\\n]{0,40}?\\((?i:ordinary|savings|futsu|current|checking|normal)\\),? ?(?<v>\\d{6,8})(?!\\d)");

	/** A birth date with its era in hiragana: しょうわ二十三年九月九日生まれ. */
	private static final Pattern KANA_ERA_BIRTH = Pattern.compile(
			"(?<v>(?:めいじ|たいしょう|しょうわ|へいせい|れいわ)[ 　]?(?:[0-9]{1,2}|[一二三四五六七八九十元]{1,3})(?:ねん|年)[ 　]?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:がつ|月)[ 　]?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:にち|日))"
					+ "(?=[ 　]?(?:生|うまれ|に生))");

	/** 市営 or 県営 right before a found housing estate: part of its address. */
	private static final Pattern PUBLIC_HOUSING_BEFORE = Pattern.compile("(?:市営|県営|市営住宅|県営住宅)[ 　]?$");

	/** A kin word and a full name first in its bracket: 息子（森永 陸斗、十四歳）. */
	private static final Pattern KIN_BRACKET = Pattern.compile("(?:息子|娘|子ども|子供|長男|長女|次男|次女|父|母|夫|妻|祖父|祖母|孫|兄|姉|弟|妹)[（(]"
			+ "(?<n>(?<f>[一-龥々]{1,4})[ 　](?:[一-龥々]{1,4}|[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,8}))(?=[、,）)])");

	/** A nickname, こと and the name it stands for: ミッチーこと［name］. */
	private static final Pattern NICKNAME_OF = Pattern.compile("(?<w>[ァ-ヺー]{2,8}|[ぁ-ゖ]{2,6})こと$");

	/** A first name and an initial signing a post: — Priyanka S. */
	private static final Pattern INITIAL_SIGN_OFF = Pattern
		.compile("(?:^|\\n|[.!?] )(?:- |— |– |—|–)(?<w>[A-Z][a-z]{2,15} [A-Z]\\.)[ \\t]*$");

	/**
	 * A lot by its number and a town's chōme in English: No. 8 Harada 2-chome, Harada
	 * 2-chome No. 10.
	 */
	private static final Pattern NUMBERED_CHOME = Pattern
		.compile("(?<v>(?:No\\. ?\\d{1,4},? [A-Z][a-z]+(?:-[a-z]+)? \\d{1,2}-chome"
				+ "|[A-Z][a-z]+(?:-[a-z]+)? \\d{1,2}-chome,? No\\. ?\\d{1,4})(?:, [A-Z][a-z]+-ku)?)");

	/**
	 * A ward, town and chōme with a comma before a found address (八幡西区黒崎３丁目、[building and
	 * room]): the same address.
	 */
	private static final Pattern CHOME_BEFORE = Pattern
		.compile("(?:門司|小倉北|小倉南|若松|八幡東|八幡西|戸畑)区[一-龥々ぁ-ゖァ-ヺー]{1,6}[0-9一二三四五六七八九十]{1,2}丁目[、, 　]{1,2}$");

	/**
	 * A flat's name and room right after a found address and a space or comma: …３番５号
	 * ライオンズ黒崎ステーションタワー１２０２.
	 */
	private static final Pattern BUILDING_AFTER = Pattern
		.compile("[、, 　]{1,2}(?<b>[ァ-ヺー一-龥々ぁ-ゖ]{2,24}?)[ 　]?[0-9]{3,4}(?:号室|号)?(?![0-9年月日時分円人歳回件個台戸])");

	/**
	 * A moped's city plate: 北九州市 小 た 4518 (the city, a ward letter, a kana, a number).
	 */
	private static final Pattern CITY_PLATE = Pattern
		.compile("(?<v>[一-龥]{1,4}市[ 　]?(?:[一-龥][ 　]?)?[ぁ-ゖ][ 　]?[0-9]{1,4})(?![0-9,年月日時分円人歳回件個台戸])");

	private ReadingsKinLabelsAndBuildingLines() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		if (TextFold.isJapanese(folded)) {
			japanese(folded, added);
			if (folded.contains("ナンバー") || folded.contains("原付") || folded.contains("バイク") || folded.contains("plate")
					|| folded.contains("scooter") || folded.contains("moped")) {
				Matcher plate = CITY_PLATE.matcher(folded);
				while (plate.find()) {
					added.add(new Finding(PersonalDataKind.NUMBER_PLATE, plate.start("v"), plate.end("v")));
				}
			}
			for (Finding found : candidates) {
				if (found.kind() == PersonalDataKind.PERSON_NAME && found.start() > 3) {
					Matcher nickname = NICKNAME_OF.matcher(folded)
						.region(Math.max(0, found.start() - 11), found.start());
					if (nickname.find() && kanaNickname(nickname.group("w"))) {
						added.add(new Finding(PersonalDataKind.PERSON_NAME, nickname.start("w"), nickname.end("w"),
								Confidence.FLAGGED));
					}
				}
				if (found.kind() == PersonalDataKind.POSTAL_ADDRESS) {
					attachedBuilding(folded, found, added);
				}
				if (found.kind() == PersonalDataKind.POSTAL_ADDRESS && found.start() > 1) {
					Matcher before = PUBLIC_HOUSING_BEFORE.matcher(folded)
						.region(Math.max(0, found.start() - 6), found.start());
					if (before.find()) {
						added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, before.start(), found.end(),
								found.confidence()));
					}
				}
			}
		}
		if (folded.contains("-chome")) {
			Matcher chome = NUMBERED_CHOME.matcher(folded);
			while (chome.find()) {
				added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, chome.start("v"), chome.end("v")));
			}
		}
		signOffInitial(folded, added);
		if (folded.contains("oom") || folded.contains("#") || folded.contains("Rm") || folded.contains("No.")
				|| folded.contains("Heights") || folded.contains("Palazzo") || folded.contains("Court")) {
			english(folded, added);
		}
		if (folded.contains("(")) {
			Matcher account = BRACKETED_KIND.matcher(folded);
			while (account.find()) {
				added.add(new Finding(PersonalDataKind.BANK_ACCOUNT, account.start("v"), account.end("v")));
			}
		}
		candidates.addAll(added);
	}

	private static void japanese(String folded, List<Finding> out) {
		if (folded.indexOf('（') >= 0 || folded.indexOf('(') >= 0) {
			Matcher read = READ_NAME.matcher(folded);
			while (read.find()) {
				String kanji = read.group("k");
				String reading = read.group("r");
				boolean readAsName = DictionaryNames.kanaSurname(reading) || DictionaryNames.kanaGivenName(reading)
						|| kanji.length() <= 3 && surnameLike(kanji);
				// An honorific after the reading says a person is read, even where the
				// dictionary tags the kanji as a place too (吉冨).
				boolean honoured = read.group("h") != null;
				boolean ends = honoured || folded.length() == read.end()
						|| "」』です、。\n".indexOf(folded.charAt(read.end())) >= 0;
				if (ends && readAsName && !JapaneseNames.HIRAGANA_WORDS.contains(reading)
						&& (honoured ? !Places.JAPANESE.contains(kanji) : notPlace(kanji)) && nameWord(kanji)) {
					out.add(new Finding(PersonalDataKind.PERSON_NAME, read.start("k"), read.end("k")));
					out.add(new Finding(PersonalDataKind.PERSON_NAME, read.start("r"), read.end("r")));
				}
			}
			Matcher kinName = KIN_BRACKET.matcher(folded);
			while (kinName.find()) {
				if (nameWord(kinName.group("f")) && notPlace(kinName.group("f"))) {
					out.add(new Finding(PersonalDataKind.PERSON_NAME, kinName.start("n"), kinName.end("n")));
				}
			}
			Matcher friends = LISTED_FRIENDS.matcher(folded);
			while (friends.find()) {
				if (kanaName(friends.group("a")) || kanaName(friends.group("b"))) {
					out.add(new Finding(PersonalDataKind.PERSON_NAME, friends.start("a"), friends.end("a")));
					out.add(new Finding(PersonalDataKind.PERSON_NAME, friends.start("b"), friends.end("b")));
				}
			}
		}
		Matcher spaced = SPACED_HONORIFIC.matcher(folded);
		while (spaced.find()) {
			if (kanaName(spaced.group("w"))) {
				out.add(new Finding(PersonalDataKind.PERSON_NAME, spaced.start("w"), spaced.end("w")));
			}
		}
		if (folded.indexOf('「') >= 0 || folded.indexOf('『') >= 0) {
			Matcher quoted = QUOTED_HONORIFIC.matcher(folded);
			while (quoted.find()) {
				String word = quoted.group("w");
				boolean name = (JapaneseScripts.of(word.charAt(0)) == JapaneseScripts.KANJI)
						? notPlace(word) && nameWord(word)
								&& (taggedName(word) || word.length() <= 3 && (surnameLike(word) || oneNoun(word)))
						: java.util.Arrays.stream(word.split("[ 　]"))
							.allMatch(ReadingsKinLabelsAndBuildingLines::kanaName);
				if (name) {
					out.add(new Finding(PersonalDataKind.PERSON_NAME, quoted.start("w"), quoted.end("w")));
				}
			}
			Matcher said = SAID_NAME.matcher(folded);
			while (said.find()) {
				String word = said.group("w");
				// The answer to "what is your name" is a name even where the dictionary
				// does not list it (ゆうせい), unless it is a plain word (わからない).
				if (!PlainWords.plain(word) && nameWord(word) && !JapaneseNames.HIRAGANA_WORDS.contains(word)
						&& !NameLexicon.isHiraganaGeneric(word) && !NameLexicon.isKatakanaGeneric(word)) {
					out.add(new Finding(PersonalDataKind.PERSON_NAME, said.start("w"), said.end("w")));
				}
			}
		}
		if (folded.indexOf('：') >= 0 || folded.indexOf(':') >= 0) {
			Matcher kin = KIN_LABEL.matcher(folded);
			while (kin.find()) {
				String family = kin.group("f");
				String given = kin.group("g");
				if (nameWord(family) && nameWord(given) && notPlace(family)
						&& (surnameLike(family) || kanaName(family) || kanaName(given))) {
					out.add(new Finding(PersonalDataKind.PERSON_NAME, kin.start("n"), kin.end("n")));
				}
			}
		}
		if (folded.indexOf('・') >= 0) {
			Matcher foreign = KATAKANA_FULL_NAME.matcher(folded);
			while (foreign.find()) {
				String[] parts = foreign.group("w").split("・");
				if (!NameLexicon.isKatakanaGeneric(parts[0]) && !NameLexicon.isKatakanaGeneric(parts[1])
						&& !NameLexicon.KATAKANA_GENERIC.contains(parts[0])
						&& !NameLexicon.KATAKANA_GENERIC.contains(parts[1])) {
					out.add(new Finding(PersonalDataKind.PERSON_NAME, foreign.start("w"), foreign.end("w")));
				}
			}
		}
		if (folded.contains("しょうわ") || folded.contains("へいせい") || folded.contains("たいしょう") || folded.contains("れいわ")
				|| folded.contains("めいじ")) {
			Matcher born = KANA_ERA_BIRTH.matcher(folded);
			while (born.find()) {
				out.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, born.start("v"), born.end("v")));
			}
		}
	}

	/** A flat's name and room after the address, and a chōme with a comma before it. */
	private static void attachedBuilding(String folded, Finding address, List<Finding> out) {
		Matcher after = BUILDING_AFTER.matcher(folded).region(address.end(), folded.length());
		if (after.lookingAt() && BuildingAddressDetector.JAPANESE_BUILDING_WORDS.stream()
			.anyMatch((word) -> after.group("b").contains(word))) {
			out.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, address.start(), after.end(), address.confidence()));
		}
		Matcher before = CHOME_BEFORE.matcher(folded).region(Math.max(0, address.start() - 16), address.start());
		if (before.find()) {
			out.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, before.start(), address.end(), address.confidence()));
		}
	}

	/** A word in kana before こと: a nickname unless it is a plain word (そのこと). */
	private static boolean kanaNickname(String word) {
		return !JapaneseNames.HIRAGANA_WORDS.contains(word) && !NameLexicon.isHiraganaGeneric(word)
				&& !NameLexicon.isKatakanaGeneric(word) && !NameLexicon.KATAKANA_GENERIC.contains(word)
				&& !PlainWords.plain(word) && nameWord(word)
				&& (JapaneseScripts.of(word.charAt(0)) == JapaneseScripts.KATAKANA || kanaName(word));
	}

	/** A first name and initial at the post's end after a dash. */
	private static void signOffInitial(String folded, List<Finding> out) {
		if (folded.length() < 8 || folded.charAt(folded.strip().length() - 1) != '.') {
			return;
		}
		Matcher sign = INITIAL_SIGN_OFF.matcher(folded).region(Math.max(0, folded.length() - 24), folded.length());
		if (sign.find() && !PlainWords.plain(sign.group("w").substring(0, sign.group("w").indexOf(' ')))) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, sign.start("w"), sign.end("w")));
		}
	}

	private static void english(String folded, List<Finding> out) {
		for (Pattern line : List.of(BUILDING_FIRST, HOME_ROOM)) {
			Matcher room = line.matcher(folded);
			while (room.find()) {
				if (!PUBLIC_BUILDING.matcher(room.group("v")).find()) {
					out.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, room.start("v"), room.end("v")));
				}
			}
		}
	}

	private static boolean kanaName(String word) {
		return !JapaneseNames.HIRAGANA_WORDS.contains(word) && !NameLexicon.isHiraganaGeneric(word)
				&& !NameLexicon.isKatakanaGeneric(word) && !NameLexicon.KATAKANA_GENERIC.contains(word)
				&& (JapaneseNames.KANA_GIVEN_NAMES.contains(word) || DictionaryNames.kanaGivenName(word)
						|| DictionaryNames.kanaSurname(word))
				&& nameWord(word);
	}

	/** One surname the dictionary tags, or a surname and given name: 新開, 吉冨; not 丸福珈琲. */
	private static boolean taggedName(String word) {
		List<Morphology.Token> tokens = Morphology.tokens(word);
		return tokens.size() == 1 && tokens.get(0).taggedSurname()
				|| tokens.size() == 2 && tokens.stream().allMatch(Morphology.Token::taggedPerson);
	}

	/** One noun of the dictionary, not a place: 新開 in quotes before さん. */
	private static boolean oneNoun(String word) {
		List<Morphology.Token> tokens = Morphology.tokens(word);
		return tokens.size() == 1 && !tokens.get(0).taggedPlace() && tokens.get(0).pos().startsWith("名詞");
	}

	private static boolean surnameLike(String word) {
		List<Morphology.Token> tokens = Morphology.tokens(word);
		return NameLexicon.startsWithSurname(word) || !tokens.isEmpty() && tokens.get(0).taggedSurname();
	}

	private static boolean notPlace(String word) {
		return !Places.JAPANESE.contains(word)
				&& Morphology.tokens(word).stream().noneMatch(Morphology.Token::taggedPlace);
	}

	/** Not a relation, role, place, generic or plain word. */
	private static boolean nameWord(String word) {
		return !NameContext.RELATIONS.contains(word) && !NameContext.ROLES.contains(word)
				&& !NameLexicon.CONTEXT.contains(word) && !NameLexicon.isGeneric(word) && !PlainWords.plain(word)
				&& !Places.JAPANESE.contains(word)
				&& !NameContext.endsWithAny(word, word.length(), NameContext.PLACE_OR_BUSINESS_ENDINGS);
	}

}
