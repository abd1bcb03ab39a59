package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 23's general forms: a name quoted on a label (表札, ポスト, 名前, a sticker, a mailbox),
 * a name that signs a post after a dash or 、…でした, a surname before a phone or after an
 * address (…の原です), a kana given name before くん/ちゃん or のおばあちゃん, an initial with a surname,
 * a building or dorm with its room or floor (in either language, joined by の or not), and
 * English house numbers before a place (11-3 Hikino-machi).
 */
final class LabelsSignoffsAndRooms {

	private static final String KANJI_NAME = "[一-龯々]{1,4}";

	private static final String QUOTED = "(?<v>" + KANJI_NAME + "|[ァ-ヺー]{2,8}|[A-Z][A-Z ]{2,15}[A-Z])";

	/** A quoted name a label cue announces, before or after it. */
	private static final Pattern QUOTED_LABEL = Pattern.compile(
			"(?:(?:表札|名札|名前|ネーム|ポスト|郵便受け|シール|ステッカー)" + "[^。\\n「」]{0,8}「" + QUOTED + "」|「" + QUOTED.replace("<v>", "<w>")
					+ "」(?:と(?:いう(?:表札|人|名前|男|女|方|子)|ある|あり|書い|書かれ|名乗)|って(?:いう(?:人|子)|書)|の表札))");

	/** A quoted surname as the house after an address: …の「杉山」です. */
	private static final Pattern QUOTED_HOUSE = Pattern.compile("の「(?<v>" + KANJI_NAME + "|[ァ-ヺー]{2,8})」です");

	/** A hiragana name written with a phone on a label: 「ゆうか 090…」. */
	private static final Pattern KANA_WITH_PHONE = Pattern.compile("「(?<v>[ぁ-ゖ]{2,5})[ 　]+[0-9]");

	/** Names called out, each in its own quotes, after a cue of calling. */
	private static final Pattern CALLED_OUT = Pattern.compile("(?:名前を呼|呼び合)");

	private static final Pattern QUOTE = Pattern.compile("\\G[。、 　]{0,2}「(?<v>[ぁ-ゖァ-ヺー]{2,5}|" + KANJI_NAME + ")」");

	/** A surname signing with 、…でした at the end of a post. */
	private static final Pattern SIGNED_DESHITA = Pattern.compile("、(?<v>" + KANJI_NAME + ")でした[。!]?\\s*$");

	/** A short kanji word right before a phone, at a line's start or after の. */
	private static final Pattern BEFORE_PHONE = Pattern.compile("(?:^|\\n|[ 　]|の)(?<v>[一-龯々]{1,3})[ 　]+$");

	/** A surname after an address or room, as the writer: …の原です, …番地 平井。 */
	private static final Pattern AFTER_ADDRESS = Pattern
		.compile("\\G(?:の|[ 　]+)(?<v>[一-龯々]{1,3})(?:です|でした|[。\\n]|$|[ 　]*[(（]|[ 　]+(?:電話|tel|TEL|携帯))");

	private static final Set<String> NOT_NAMES = Set.of("前", "横", "裏", "隣", "近く", "付近", "辺り", "角", "向かい", "先", "奥", "家",
			"方", "所", "場所", "住人", "住所", "自宅", "実家", "店", "一帯", "周辺", "交差点", "公園", "建物", "入口", "出口", "敷地", "道路", "歩道",
			"空き家", "部屋", "階", "号", "者", "私", "僕", "俺", "妻", "夫", "母", "父", "祖母", "祖父", "娘", "息子", "以上", "電話", "携帯",
			"連絡", "自治会", "町内会", "管理人", "大家", "住民", "代表", "担当", "宛", "様", "匿名", "北", "南", "東", "西", "上", "下", "中", "外",
			"内", "側", "傍", "脇", "件", "件です", "物件");

	/** A kana given name before くん or ちゃん. */
	private static final Pattern KANA_BEFORE_HONORIFIC = Pattern
		.compile("(?:^|(?<=[、。（(「 　\\n]))(?<v>[ぁ-ゖ]{2,4})(?=くん|ちゃん|君)");

	private static final Set<String> KIN_KANA = Set.of("おばあ", "おじい", "おにい", "おねえ", "おかあ", "おとう", "ばあ", "じい", "にい", "ねえ",
			"あか", "ぼう", "おっ", "ちい", "おじ", "おば", "かあ", "とう", "ひい", "ひいおばあ", "ひいおじい", "おぼっ", "じょう", "にゃん", "わん", "ねこ",
			"いぬ");

	/** A kana given name before a relative with ちゃん or さん: みどりのおばあちゃん. */
	private static final Pattern KANA_BEFORE_KIN = Pattern
		.compile("(?<![ぁ-ゖ])(?<v>[ぁ-ゖ]{2,4})の(?:おばあ|おじい|おかあ|おとう|おにい|おねえ|ばあ|じい)(?:ちゃん|さん|さま|様)");

	/** An initial and a surname in capitals. */
	private static final Pattern INITIAL_CAPITALS = Pattern
		.compile("(?<![A-Za-z.])(?<v>[A-Z]\\. ?[A-Z]{3,}(?:-[A-Z]{3,})?)(?![A-Za-z])");

	/** An initial and a surname where a writer signs or gives a contact. */
	private static final Pattern INITIAL_SIGNED = Pattern.compile(
			"(?:(?i:contact|from|by|signed|regards|thanks|cheers|name)[,:]? |\\(|[-–—] )(?<v>[A-Z]\\. [A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
					+ "(?=,|;| \\(|\\)|\\s*$|\\n)");

	/** A short name after a dash at the very end of a post. */
	private static final Pattern DASH_SIGNOFF = Pattern
		.compile("(?:^|[\\s.!?)])[-–—~] ?(?:the )?(?<v>[A-Za-z][a-z]{1,11}(?:-[A-Z][a-z]+s?)?)[.!]?\\s*$");

	private static final Set<String> NOT_SIGNOFFS = Set.of("thanks", "thx", "thank", "cheers", "anyway", "sorry",
			"please", "pls", "help", "regards", "bye", "ok", "okay", "again", "lol", "now", "urgent", "asap",
			"seriously", "ugh", "sigh", "tia", "best", "love", "etc", "residents", "resident", "neighbours",
			"neighbors", "parent", "parents", "mom", "dad", "me", "us", "anon", "anonymous", "admin", "staff",
			"volunteer", "teacher");

	/** An English house number before a place's name. */
	private static final Pattern HOUSE_NUMBER = Pattern.compile("(?<![0-9-])(?<v>[0-9]{1,2}-[0-9]{1,2}(?:-[0-9]{1,3})? "
			+ "(?!(?:Stadium|Station|Park|Exit|Gate|Platform|Line|Route|Hall|Field|Ground|Arena|Dome|Centre|Center)(?![a-z]))[A-Z][a-z]{2,}(?:-(?:machi|cho|chō|mura|shinmachi))?"
			+ "(?: [A-Z][a-z]{2,}(?:-(?:machi|cho|mura))?){0,2})(?![A-Za-z])");

	private static final Set<String> NOT_PLACE_WORDS = Set.of("The", "And", "But", "For", "From", "Street", "Road",
			"Win", "Loss", "Draw", "Score", "Please", "Thanks", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
			"Saturday", "Sunday", "January", "February", "March", "April", "June", "July", "August", "September",
			"October", "November", "December");

	/** A building, block and room, with the tower it is in. */
	private static final Pattern EN_BUILDING_ROOM = Pattern
		.compile("(?<v>(?i:building|bldg\\.?|block|tower) [A-Z0-9]{1,2},? "
				+ "(?i:room|rm\\.?|unit|apt\\.?|#) ?[0-9]{1,4}[A-Z]?(?: (?:of|in|at) the (?:[A-Z][a-z]+ ){1,3}"
				+ "(?i:tower|mansion|heights|residence|apartments?|court|building|dorm))?)");

	/** A named dorm or hall and its room. */
	private static final Pattern EN_HALL_ROOM = Pattern.compile(
			"(?<v>(?:[A-Z][a-z]+ ){1,3}(?:(?:Kaikan|Ryo|Ryou|Dorm|Dormitory|Mansion|Heights|Haitsu|Kopo|Corpo|Residence)"
					+ "(?: (?i:room|rm\\.?|unit|apt\\.?) ?| #| )|(?:Hall|House|Tower|Court|Apartments?) (?i:room|rm\\.?|unit|apt\\.?|#) ?)"
					+ "[0-9]{2,4}[A-Z]?)(?![0-9])");

	/** A building named in brackets after an address. */
	private static final Pattern EN_BRACKETED_BUILDING = Pattern.compile(
			"\\G,? \\((?:[A-Z][a-z]+ ){0,3}(?:Mansion|Heights|Court|Tower|Residence|Haitsu|Kopo|Corpo|Apartments?|Dorm|Kaikan"
					+ "|Maison|Leopalace|Sunport)(?: [A-Z][a-z]+){0,3}\\)");

	/**
	 * The floor or room after an address, joined by の or a space, across the building's
	 * name.
	 */
	private static final Pattern JA_ROOM_AFTER = Pattern
		.compile("\\G(?:の)?[ 　]?(?:「?[ァ-ヺー一-龯々A-Za-zぁ-ゖ&&[^でにをはがもとへや]]{1,14}」?(?:の)?[ 　]?)?"
				+ "(?:[0-9]{1,2}階|[0-9]{2,4}号室?|[A-Z]棟[ 　]?[0-9]{2,4}号室?)");

	/**
	 * A building (named, perhaps quoted) with its room or floor; the katakana run is
	 * bounded, since an unbounded one backtracked over every later character (a long
	 * katakana input took quadratic time).
	 */
	private static final Pattern JA_BUILDING_ROOM = Pattern
		.compile("(?<v>「?(?<b>[ァ-ヺー]{3,16}[一-龯々ァ-ヺー]{0,6}|[一-龯々ァ-ヺー]{1,8}(?:荘|ハイツ|マンション|アパート|寮|団地|コーポ|ハウス))」?"
				+ "(?:の)?[ 　]?[0-9]{2,4}号室?)(?![棟0-9])");

	/** Words that say a building is lived in. */
	private static final Pattern RESIDENTIAL = Pattern
		.compile("ハイツ|コーポ|メゾン|レジデンス|パレス|マンション|アパート|荘|寮|ハウス|ヴィラ|シャトー|カーサ|グラン");

	private static final Set<String> GENERIC_BUILDINGS = Set.of("マンション", "アパート", "ビル", "ホテル", "デパート", "スーパー", "センター",
			"ショッピングセンター", "ショッピングモール", "モール", "パチンコ", "コンビニ", "ホール", "タワー", "オフィス", "ハイツ", "コーポ", "テナント", "フロア",
			"エレベーター", "エレベータ", "マンション内", "アパート内", "ビル内");

	/** Shops, bars and schools a name-like word names. */
	private static final Pattern SHOP_BEFORE = Pattern.compile(
			"(?:(?i:snack|bar|cafe|café|salon|izakaya|ramen|diner|bakery)|スナック|コインランドリー|カフェ|サロン|居酒屋|美容室|美容院|クリーニング|薬局|理容|喫茶)[ 　]?$");

	private static final Pattern SCHOOL_AFTER = Pattern.compile(
			"\\G[ 　]?(?:(?:JHS|ES|HS|SHS|Junior High|Elementary|High School|Kindergarten)(?![A-Za-z])|中学|小学校|高校|幼稚園|保育園)");

	private static final Set<String> COMMON_WORDS = Set.of("街路樹", "親御", "ちゃん", "にゃんこ", "うち", "かんり", "Hey", "Reward",
			"Hi", "Hello", "Thanks", "Help", "Urgent", "わんこ", "ワンちゃん", "ねこちゃん");

	private static final Pattern PET_CALLED = Pattern.compile("\\G(?:ちゃん|くん)?」?(?:と|って)(?:犬|猫|愛犬|愛猫|ペット)");

	private LabelsSignoffsAndRooms() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (TextFold.isJapanese(folded)) {
			japanese(folded, candidates);
		}
		if (!TextFold.isJapanese(folded) || mostlyLatin(folded)) {
			// An English post quoting a Japanese plate or name is still written in
			// English.
			english(folded, candidates);
		}
	}

	private static boolean mostlyLatin(String folded) {
		return TextFold.mostlyLatin(folded, Integer.MAX_VALUE, 4);
	}

	private static void japanese(String folded, List<Finding> candidates) {
		Matcher label = QUOTED_LABEL.matcher(folded);
		while (!PetNames.petPost(folded) && label.find()) {
			String group = (label.group("v") != null) ? "v" : "w";
			String word = label.group(group);
			if (NOT_NAMES.contains(word)) {
				continue;
			}
			Confidence sure = nameLike(word);
			if (sure != null || group.equals("v")) {
				candidates.add(new Finding(PersonalDataKind.PERSON_NAME, label.start(group), label.end(group),
						(sure != null) ? sure : Confidence.FLAGGED));
			}
		}
		Matcher house = QUOTED_HOUSE.matcher(folded);
		while (house.find()) {
			Confidence sure = nameLike(house.group("v"));
			if (sure != null) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, house, sure));
			}
		}
		Matcher kanaPhone = KANA_WITH_PHONE.matcher(folded);
		while (kanaPhone.find()) {
			candidates.add(Found.value(PersonalDataKind.PERSON_NAME, kanaPhone));
		}
		Matcher called = CALLED_OUT.matcher(folded);
		while (called.find()) {
			int at = folded.indexOf('。', called.end());
			at = (at < 0 || at > called.end() + 12) ? called.end() : at + 1;
			Matcher quote = QUOTE.matcher(folded);
			quote.region(at, folded.length());
			while (quote.lookingAt()) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, quote));
				quote.region(quote.end(), folded.length());
			}
		}
		Matcher signed = SIGNED_DESHITA.matcher(folded);
		if (signed.find() && !NOT_NAMES.contains(signed.group("v")) && nameLike(signed.group("v")) != null) {
			candidates.add(Found.value(PersonalDataKind.PERSON_NAME, signed, nameLike(signed.group("v"))));
		}
		if (!PetNames.petPost(folded)) {
			kanaNames(folded, candidates);
		}
		else {
			Matcher kin = KANA_BEFORE_KIN.matcher(folded);
			while (kin.find()) {
				if (DictionaryNames.kanaGivenName(kin.group("v"))) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, kin, Confidence.FLAGGED));
				}
			}
		}
		Matcher building = JA_BUILDING_ROOM.matcher(folded);
		while (building.find()) {
			String name = building.group("b");
			boolean lived = building.group("v").startsWith("「") || building.group("v").contains("号")
					|| RESIDENTIAL.matcher(name).find();
			if (!GENERIC_BUILDINGS.contains(name) && lived) {
				candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, building));
			}
		}
		int size = candidates.size();
		for (int i = 0; i < size; i++) {
			Finding finding = candidates.get(i);
			if (finding.kind() == PersonalDataKind.POSTAL_ADDRESS && !finding.flagged()) {
				Matcher room = JA_ROOM_AFTER.matcher(folded).region(finding.end(), folded.length());
				int end = finding.end();
				if (room.lookingAt()) {
					end = room.end();
					candidates.add(finding.over(finding.start(), end));
				}
				Matcher writer = AFTER_ADDRESS.matcher(folded).region(end, folded.length());
				if (writer.lookingAt() && !NOT_NAMES.contains(writer.group("v"))
						&& nameLike(writer.group("v")) != null) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, writer, nameLike(writer.group("v"))));
				}
			}
			else if (finding.kind() == PersonalDataKind.PHONE) {
				Matcher before = BEFORE_PHONE.matcher(folded).region(Math.max(0, finding.start() - 6), finding.start());
				if (before.find() && !NOT_NAMES.contains(before.group("v"))
						&& nameLike(before.group("v")) == Confidence.MASKED) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, before));
				}
			}
		}
	}

	private static void kanaNames(String folded, List<Finding> candidates) {
		Matcher kana = KANA_BEFORE_HONORIFIC.matcher(folded);
		while (kana.find()) {
			String name = kana.group("v");
			if (KIN_KANA.contains(name) || name.startsWith("お")) {
				continue;
			}
			if (DictionaryNames.kanaGivenName(name)) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, kana));
			}
			else if (!folded.startsWith("ちゃんと", kana.end())) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, kana, Confidence.FLAGGED));
			}
		}
		Matcher kin = KANA_BEFORE_KIN.matcher(folded);
		while (kin.find()) {
			if (DictionaryNames.kanaGivenName(kin.group("v"))) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, kin));
			}
		}
	}

	/**
	 * Masked when the word reads as a person's name, flagged when nothing says it is not
	 * one, null when it is a common word or a place.
	 */
	private static Confidence nameLike(String word) {
		if (word.matches("[ァ-ヺー]+|[ぁ-ゖ]+")) {
			return (DictionaryNames.kanaSurname(word) || DictionaryNames.kanaGivenName(word)) ? Confidence.MASKED
					: Confidence.FLAGGED;
		}
		if (word.matches("[A-Z ]+")) {
			for (String part : word.trim().split(" +")) {
				if (!DictionaryNames.romajiSurname(part) && !DictionaryNames.romajiGivenName(part)) {
					return Confidence.FLAGGED;
				}
			}
			return Confidence.MASKED;
		}
		List<Morphology.Token> tokens = Morphology.tokens(word);
		if (tokens.isEmpty()) {
			return null;
		}
		if (tokens.stream().allMatch(Morphology.Token::taggedPerson)) {
			return Confidence.MASKED;
		}
		if (tokens.stream().anyMatch((token) -> token.commonWord() || token.taggedPlace())) {
			return null;
		}
		return Confidence.FLAGGED;
	}

	private static void english(String folded, List<Finding> candidates) {
		Found.all(INITIAL_CAPITALS, folded, PersonalDataKind.PERSON_NAME, candidates);
		Matcher signed = INITIAL_SIGNED.matcher(folded);
		while (signed.find()) {
			candidates.add(Found.value(PersonalDataKind.PERSON_NAME, signed));
		}
		Matcher dash = DASH_SIGNOFF.matcher(folded);
		if (dash.find() && !NOT_SIGNOFFS.contains(dash.group("v").toLowerCase(Locale.ROOT))) {
			candidates.add(Found.value(PersonalDataKind.PERSON_NAME, dash));
		}
		Matcher house = HOUSE_NUMBER.matcher(folded);
		while (house.find()) {
			String place = house.group("v").split(" ")[1];
			if (!NOT_PLACE_WORDS.contains(place)) {
				candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, house));
			}
		}
		Matcher building = EN_BUILDING_ROOM.matcher(folded);
		while (building.find()) {
			candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, building));
		}
		Matcher hall = EN_HALL_ROOM.matcher(folded);
		while (hall.find()) {
			candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, hall));
		}
		int size = candidates.size();
		for (int i = 0; i < size; i++) {
			Finding finding = candidates.get(i);
			if (finding.kind() == PersonalDataKind.POSTAL_ADDRESS && !finding.flagged()) {
				Matcher bracket = EN_BRACKETED_BUILDING.matcher(folded).region(finding.end(), folded.length());
				if (bracket.lookingAt()) {
					candidates.add(finding.over(finding.start(), bracket.end()));
				}
			}
		}
	}

	/**
	 * Drops names that are a shop's or school's name (Snack Yuki, コインランドリーみずほ, Ashihara
	 * JHS), a pet called by its name, and common words taken for names.
	 */
	static void remove(String folded, List<Finding> candidates) {
		candidates.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME && notAPerson(folded, finding));
	}

	private static boolean notAPerson(String folded, Finding finding) {
		String text = finding.in(folded);
		if (COMMON_WORDS.contains(text) || text.endsWith(" Shinmachi") || text.endsWith("-machi")
				|| text.matches(".+ (?:JHS|ES|HS|SHS)")) {
			return true;
		}
		if (SHOP_BEFORE.matcher(folded).region(Math.max(0, finding.start() - 16), finding.start()).find()) {
			return true;
		}
		if (SCHOOL_AFTER.matcher(folded).region(finding.end(), folded.length()).lookingAt()) {
			return true;
		}
		return PET_CALLED.matcher(folded).region(finding.end(), folded.length()).lookingAt();
	}

}
