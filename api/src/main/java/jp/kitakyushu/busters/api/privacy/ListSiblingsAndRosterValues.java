package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 30: the siblings of a found name in one list, table column or CSV column are
 * personal data of the same kind (a birth date right after a name, which round 30 read on
 * roster lines only, is {@link DatesAfterNames}'s).
 */
final class ListSiblingsAndRosterValues {

	/**
	 * One item of a Japanese list: a short word, maybe with an honorific or a reading.
	 */
	private static final String JA_ITEM = "[一-龥々ァ-ヺーぁ-ゖ]{1,8}(?:[（(][^（）()\\n]{1,12}[）)])?(?: ?[0-9]{1,3}(?:歳|才|さい))?";

	/**
	 * A run of at least two items joined by one delimiter, set off on both sides:
	 * 「桑野→三好→ユン」, ：原田、ボーマン、吉川。, 坂口／野中.
	 */
	private static final Pattern JA_LIST = Pattern.compile("(?<=^|[:：「『（( \\n])(?<l>" + JA_ITEM + "(?:(?<s>[／/→、・,])"
			+ JA_ITEM + ")(?:\\k<s>" + JA_ITEM + ")*)(?=$|[」』）)。 \\n！!])");

	/**
	 * A separated English list in brackets or after a colon: (Paulo, Ana and little
	 * Sofia).
	 */
	private static final Pattern EN_LIST = Pattern
		.compile("(?<=[(:] ?)(?<l>(?:little |baby )?[A-Z][a-z'\\-]+(?: [A-Z][a-z'\\-]+)?(?:(?:, (?:and )?| and | & )"
				+ "(?:little |baby )?[A-Z][a-z'\\-]+(?: [A-Z][a-z'\\-]+)?)+)(?=[).]|$)");

	/** Separators of an English list. */
	private static final Pattern EN_SEPARATOR = Pattern.compile(", (?:and )?| and | & ");

	/** A roster line's label: a weekday, a day, a date or a numbered group. */
	private static final Pattern ROTA_LINE = Pattern.compile(
			"(?m)^[ ・\\-*•]*(?:[月火水木金土日](?:曜日?)?|[0-9]{1,2}(?:日|/[0-9]{1,2})(?:[（(][月火水木金土日][）)])?|[0-9]{1,2}(?:班|組|番))"
					+ "(?:[:：] ?| )(?<v>[^\\n]{1,40})$");

	/** A full date with its year, as rosters write birth dates. */
	private static final String DATE = "(?:(?<y>19[0-9]{2}|20[0-2][0-9])[/.\\-](?:0?[1-9]|1[0-2])[/.\\-](?:0?[1-9]|[12][0-9]|3[01])"
			+ "|(?<y2>19[0-9]{2}|20[0-2][0-9])年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12][0-9]|3[01])日"
			+ "|(?:昭和|平成|令和|[SHR])[0-9元]{1,2}[.年/](?:0?[1-9]|1[0-2])[.月/](?:0?[1-9]|[12][0-9]|3[01])日?)";

	/** An English date after a birth label: DOB: 11-Aug-1983. */
	private static final Pattern SPELLED_DOB = Pattern.compile(
			"(?i:DOB|D\\.O\\.B\\.|date of birth|birth ?date|birthday)[:\\s]+(?<v>[0-9]{1,2}[\\- ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?[\\- ,]+(?:19|20)[0-9]{2})");

	/**
	 * A trade's title before a given name: Chef Hiroto, Coach Ito (Mr. also names pets
	 * and shops).
	 */
	private static final Pattern TITLED = Pattern.compile(
			"\\b(?:Chef|Coach|Sensei|Nurse|Pastor|Ranger) (?<w>[A-Z][a-z]{2,15})\\b(?! (?:Station|Park|School|Street|Hall|Center|Centre|Shop|Restaurant|Training|Class))");

	/** A name tag or badge: 名札：ヤマグチ, 名札に「森本」. */
	private static final Pattern NAME_TAG = Pattern.compile(
			"(?:名札|ネームプレート|ネームカード)(?:[:：]|に|は|には)[ ]?[「『]?(?<v>[ァ-ヺー]{2,8}|[一-龥々]{1,4}|[ぁ-ゖ]{2,6})(?=[」』）)、。 \\n]|さん|$)");

	/** Words of a post about an animal. */
	private static final Pattern PETS = Pattern.compile("犬|猫|首輪|ペット|迷子|迷い|飼い主|柴");

	/** A name someone gave in quotes: 「クボタです」とおっしゃって. */
	private static final Pattern SAID_SELF = Pattern
		.compile("「(?<v>[ァ-ヺー]{2,8}|[一-龥々]{2,4})(?:です|と申します|といいます)」と(?:おっしゃ|言|いい|名乗|話)");

	/** A kin word and a kanji name with its kana reading: 娘、真白（ましろ）の件. */
	private static final Pattern KIN_READING = Pattern.compile(
			"(?:娘|息子|長男|長女|次男|次女|孫|夫|妻|父|母|弟|妹|兄|姉)(?:、|,|:|：)?(?<k>[一-龥々]{1,4})[（(](?<r>[ぁ-ゖ]{2,8})(?<!くん|ちゃん|さん)[）)]");

	/** A shop's or group's holder naming themself: 店主の日高です. */
	private static final Pattern HOLDER_SELF = Pattern
		.compile("(?:店主|店長|オーナー|園長|院長|代表|事務局|担当|会長|班長|組長)の(?<v>[一-龥々]{1,4}|[ァ-ヺー]{2,8})(?=です|と申します|でございます)");

	/**
	 * A role label, a short name and a space right before a phone or e-mail: 契約者 森永
	 * [phone].
	 */
	private static final Pattern ROLE_BEFORE_CONTACT = Pattern.compile(
			"(?:契約者|所有者|持ち主|担当者?|連絡先|代表者?|申込者|管理人|世話人|幹事|会計|受付|責任者)[:： ]+(?<v>[一-龥々]{1,4}|[ァ-ヺー]{2,8})(?:さん|様)?[ ]+$");

	/**
	 * A surname and a space right before a found given name in a bracket: （二階堂 [name]）.
	 */
	private static final Pattern SURNAME_BEFORE = Pattern.compile("[（(:：](?<v>[一-龥々]{2,4}) $");

	/** A neighbourhood elder by surname: 小田原のおじいちゃん. */
	private static final Pattern ELDER = Pattern
		.compile("(?<![一-龥々])(?<v>[一-龥々]{2,3})の(?:おじいちゃん|おばあちゃん|おじちゃん|おばちゃん|じいちゃん|ばあちゃん)");

	/** Words before the elders' words that are places or relations, not surnames. */
	private static final Set<String> NOT_ELDERS = Set.of("近所", "隣家", "向かい", "親戚", "公園", "田舎", "実家", "近く", "町内", "地域",
			"団地", "裏手", "自治会", "町内会", "班内", "同級生", "友達", "友人", "母方", "父方", "親類", "知人", "他人", "本当", "優しい", "売店", "商店",
			"交番", "受付", "管理人");

	/** Endings of words that are places, shops or things rather than people. */
	private static final Pattern THING_END = Pattern
		.compile("[駅区町市村県店館園校院所局場川山橋線号屋署室課係組班会部隊団社宅寮港島池湖岳丘台谷坂通道路円時分個本枚台品物]$");

	/** Header words of a column of names, phones, birth dates and addresses. */
	private static final Pattern NAME_HEADER = Pattern.compile("(?i)氏名|名前|お名前|担当|当番|name");

	private static final Pattern PHONE_HEADER = Pattern.compile("(?i)電話|TEL|携帯|phone|mobile");

	private static final Pattern DOB_HEADER = Pattern.compile("(?i)生年月日|誕生日|DOB|birth");

	private static final Pattern ADDRESS_HEADER = Pattern.compile("(?i)住所|所在地|(?<!mail )address");

	/** An address in a CSV cell: anything with a digit or a kanji. */
	private static final Pattern CSV_ADDRESS_CELL = Pattern.compile(".*[0-9０-９一-龥].*");

	private static final Pattern PHONE_CELL = Pattern
		.compile("(?:tel\\.?|TEL\\.?)?[ ]?\\+?[0-9][0-9()\\- ]{8,15}[0-9]");

	/** A date in a cell: 1940/01/28, 昭和7年10月5日, S12.6.14, with 生 or 生まれ after it. */
	private static final Pattern DATE_CELL = Pattern.compile("(?:[0-9０-９]{1,4}[/.\\-年][0-9]{1,2}[/.\\-月][0-9]{1,4}日?|"
			+ DATE + "|(?:昭和|平成|令和|大正|[SHRT])[0-9元]{1,2}[.年/][0-9]{1,2}[.月/][0-9]{1,2}日?)(?:生まれ|生)?");

	/** An address in a table cell: a town's or ward's word, or a lot. */
	private static final Pattern ADDRESS_CELL = Pattern.compile("[^|]{0,30}(?:[区町市村丁]|[0-9]-[0-9])[^|]{0,30}");

	/** A phone's label written on to it: tel.093-…, the label part of the value. */
	private static final Pattern TEL_PREFIX = Pattern.compile("(?i:tel\\.)$");

	/** A markdown table: two or more lines between pipes; a row; a cell. */
	private static final Pattern TABLE = Pattern.compile("(?m)(?:^\\|[^\\n]*\\|[ ]*(?:\\n|$)){2,}");

	private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\|([^\\n]*)\\|[ ]*$");

	private static final Pattern TABLE_CELL = Pattern.compile("[^|]+");

	/** A CSV header of two to seven short labels, and a row under it. */
	private static final Pattern CSV_HEADER = Pattern.compile("(?m)^([^,\\n]{1,12}(?:,[^,\\n]{1,12}){1,6})[ ]*$");

	private static final Pattern CSV_ROW = Pattern.compile("\\n([^\\n]*)");

	private ListSiblingsAndRosterValues() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		if (TextFold.isJapanese(folded)) {
			japaneseLists(folded, candidates, added);
			japaneseCues(folded, candidates, added);
		}
		else {
			englishLists(folded, candidates, added);
			englishCues(folded, added);
		}
		rotas(folded, candidates, added);
		tables(folded, candidates, added);
		csv(folded, added);
		telPrefixes(folded, candidates, added);
		candidates.addAll(added);
	}

	/** Items of one delimited list hold names alike once one of them is a found name. */
	private static void japaneseLists(String folded, List<Finding> candidates, List<Finding> added) {
		Matcher list = JA_LIST.matcher(folded);
		while (list.find()) {
			String separator = list.group("s");
			String[] items = list.group("l").split(Pattern.quote(separator), -1);
			List<int[]> cores = new ArrayList<>();
			int at = list.start("l");
			boolean anchored = false;
			for (String item : items) {
				int[] core = japaneseCore(item, at);
				cores.add(core);
				if (core != null && isName(candidates, core[0], core[1])) {
					anchored = true;
				}
				at += item.length() + separator.length();
			}
			// A comma or middle dot also joins two words of running text (娘、真白): such a
			// list needs three items.
			if (!anchored || (items.length < 3 && "、,・".contains(separator))) {
				continue;
			}
			for (int[] core : cores) {
				if (core != null && nameShaped(folded.substring(core[0], core[1]))) {
					added.add(new Finding(PersonalDataKind.PERSON_NAME, core[0], core[1], Confidence.FLAGGED));
				}
			}
		}
	}

	/** The name part of a list item: without its honorific, family word or reading. */
	private static int[] japaneseCore(String item, int start) {
		String core = item.replaceFirst(" ?[0-9]{1,3}(?:歳|才|さい)$", "")
			.replaceFirst("[（(][^）)]*[）)]$", "")
			.replaceFirst("(?:さん|くん|ちゃん|様|さま|君|氏|先生|一家|家)$", "");
		if (core.isEmpty()) {
			return null;
		}
		return new int[] { start, start + core.length() };
	}

	/** A short kanji, katakana or hiragana word that is no place, shop, thing or time. */
	static boolean nameShaped(String word) {
		if (!word.matches("[一-龥々]{1,4}|[ァ-ヺー・]{2,10}|[ぁ-ゖ]{2,5}")) {
			return false;
		}
		if (THING_END.matcher(word).find() || Places.JAPANESE.contains(word) || PlainWords.plain(word)) {
			return false;
		}
		// A kanji or katakana word the dictionary knows as a common noun (未定, パン) is
		// an item of another list; hiragana is left alone, as children's names are words
		// too (そら, まな).
		List<Morphology.Token> tokens = Morphology.tokens(word);
		return word.matches("[ぁ-ゖ]+") || tokens.isEmpty()
				|| !tokens.stream().allMatch((token) -> token.commonWord() || token.knownOrganisation());
	}

	private static void englishLists(String folded, List<Finding> candidates, List<Finding> added) {
		Matcher list = EN_LIST.matcher(folded);
		while (list.find()) {
			List<int[]> items = new ArrayList<>();
			Matcher separator = EN_SEPARATOR.matcher(list.group("l"));
			int from = 0;
			int base = list.start("l");
			while (separator.find()) {
				items.add(englishCore(folded, base + from, base + separator.start()));
				from = separator.end();
			}
			items.add(englishCore(folded, base + from, list.end("l")));
			boolean anchored = items.stream().anyMatch((item) -> isName(candidates, item[0], item[1]));
			if (!anchored) {
				continue;
			}
			for (int[] item : items) {
				String word = folded.substring(item[0], item[1]);
				if (!Places.isRomajiPlace(word.split(" ")[0]) && !PlainWords.plain(word)) {
					added.add(new Finding(PersonalDataKind.PERSON_NAME, item[0], item[1], Confidence.FLAGGED));
				}
			}
		}
	}

	private static int[] englishCore(String folded, int start, int end) {
		String item = folded.substring(start, end);
		for (String lead : new String[] { "little ", "baby ", "and " }) {
			if (item.startsWith(lead)) {
				start += lead.length();
				item = item.substring(lead.length());
			}
		}
		return new int[] { start, end };
	}

	private static void englishCues(String folded, List<Finding> added) {
		Matcher titled = TITLED.matcher(folded);
		while (titled.find()) {
			String group = "w";
			if (!Places.isRomajiPlace(titled.group(group))) {
				added.add(new Finding(PersonalDataKind.PERSON_NAME, titled.start(group), titled.end(group)));
			}
		}
		Matcher dob = SPELLED_DOB.matcher(folded);
		while (dob.find()) {
			added.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, dob.start("v"), dob.end("v")));
		}
	}

	private static void japaneseCues(String folded, List<Finding> candidates, List<Finding> added) {
		// A pet's collar has a name tag too.
		boolean pets = PETS.matcher(folded).find();
		for (Pattern pattern : pets ? new Pattern[] { SAID_SELF, HOLDER_SELF }
				: new Pattern[] { NAME_TAG, SAID_SELF, HOLDER_SELF }) {
			Matcher matcher = pattern.matcher(folded);
			while (matcher.find()) {
				added.add(new Finding(PersonalDataKind.PERSON_NAME, matcher.start("v"), matcher.end("v")));
			}
		}
		Matcher reading = KIN_READING.matcher(folded);
		while (reading.find()) {
			added.add(new Finding(PersonalDataKind.PERSON_NAME, reading.start("k"), reading.end("k")));
			added.add(new Finding(PersonalDataKind.PERSON_NAME, reading.start("r"), reading.end("r")));
		}
		Matcher elder = ELDER.matcher(folded);
		while (elder.find()) {
			if (!NOT_ELDERS.contains(elder.group("v")) && !THING_END.matcher(elder.group("v")).find()
					&& !Places.JAPANESE.contains(elder.group("v"))) {
				added.add(new Finding(PersonalDataKind.PERSON_NAME, elder.start("v"), elder.end("v"),
						Confidence.FLAGGED));
			}
		}
		for (Finding found : candidates) {
			String before = folded.substring(Math.max(0, found.start() - 16), found.start());
			if (found.kind() == PersonalDataKind.PHONE || found.kind() == PersonalDataKind.EMAIL) {
				Matcher role = ROLE_BEFORE_CONTACT.matcher(before);
				if (role.find()) {
					int offset = found.start() - before.length();
					added.add(new Finding(PersonalDataKind.PERSON_NAME, offset + role.start("v"),
							offset + role.end("v")));
				}
			}
			else if (found.kind() == PersonalDataKind.PERSON_NAME) {
				Matcher surname = SURNAME_BEFORE.matcher(before);
				if (surname.find() && found.end() < folded.length() && folded.charAt(found.end()) == ')'
						&& nameShaped(surname.group("v"))) {
					int offset = found.start() - before.length();
					added.add(found.over(offset + surname.start("v"), found.end()));
				}
			}
		}
	}

	/** Lines of a rota (月：…, 6日 …, 1班 …): a name on one makes the others' names. */
	private static void rotas(String folded, List<Finding> candidates, List<Finding> added) {
		Matcher line = ROTA_LINE.matcher(folded);
		List<int[]> items = new ArrayList<>();
		int blockEnd = -1;
		boolean anchored = false;
		while (line.find()) {
			if (line.start() > blockEnd + 1) {
				flush(folded, items, anchored, added);
				items.clear();
				anchored = false;
			}
			blockEnd = line.end();
			int at = line.start("v");
			for (String item : line.group("v").split("(?<=[・、／/,])|(?=[・、／/,])")) {
				if (!item.matches("[・、／/,]")) {
					int[] core = japaneseCore(item.strip(), at + item.indexOf(item.strip()));
					if (core != null) {
						items.add(core);
						anchored |= isName(candidates, core[0], core[1]);
					}
				}
				at += item.length();
			}
		}
		flush(folded, items, anchored, added);
	}

	private static void flush(String folded, List<int[]> items, boolean anchored, List<Finding> added) {
		if (!anchored || items.size() < 2) {
			return;
		}
		for (int[] core : items) {
			if (nameShaped(folded.substring(core[0], core[1]))) {
				added.add(new Finding(PersonalDataKind.PERSON_NAME, core[0], core[1], Confidence.FLAGGED));
			}
		}
	}

	/**
	 * Markdown tables: a column with a found name holds names; a phone column, phones.
	 */
	private static void tables(String folded, List<Finding> candidates, List<Finding> added) {
		Matcher block = TABLE.matcher(folded);
		while (block.find()) {
			List<List<int[]>> rows = new ArrayList<>();
			Matcher row = TABLE_ROW.matcher(folded);
			row.region(block.start(), block.end());
			while (row.find()) {
				if (row.group(1).matches("[\\-:| ]+")) {
					continue;
				}
				List<int[]> cells = new ArrayList<>();
				Matcher cell = TABLE_CELL.matcher(folded);
				cell.region(row.start(1), row.end(1));
				while (cell.find()) {
					String text = cell.group();
					int lead = text.length() - text.stripLeading().length();
					cells.add(new int[] { cell.start() + lead, cell.start() + lead + text.strip().length() });
				}
				rows.add(cells);
			}
			columns(folded, candidates, added, rows);
		}
	}

	/** CSV rows under a header such as 氏名,住所,電話 or Name, DOB. */
	private static void csv(String folded, List<Finding> added) {
		Matcher header = CSV_HEADER.matcher(folded);
		while (header.find()) {
			String[] labels = header.group(1).split(",");
			boolean known = false;
			for (String label : labels) {
				known |= NAME_HEADER.matcher(label).find() || PHONE_HEADER.matcher(label).find()
						|| DOB_HEADER.matcher(label).find();
			}
			if (!known) {
				continue;
			}
			Matcher row = CSV_ROW.matcher(folded);
			int from = header.end();
			while (from < folded.length() && row.region(from, folded.length()).lookingAt()) {
				String[] cells = row.group(1).split(",", -1);
				if (cells.length != labels.length) {
					break;
				}
				int at = row.start(1);
				for (int i = 0; i < cells.length; i++) {
					String text = cells[i].strip();
					int start = at + cells[i].indexOf(text);
					if (!text.isEmpty()) {
						cellOf(labels[i], text, start, added);
					}
					at += cells[i].length() + 1;
				}
				from = row.end();
			}
		}
	}

	private static void cellOf(String label, String text, int start, List<Finding> added) {
		int end = start + text.length();
		if (PHONE_HEADER.matcher(label).find() && PHONE_CELL.matcher(text).matches()) {
			added.add(new Finding(PersonalDataKind.PHONE, start, end));
		}
		else if (!dateOrAddressCell(label, text, start, CSV_ADDRESS_CELL, added) && NAME_HEADER.matcher(label).find()
				&& text.length() <= 24 && !text.matches(".*[0-9].*")) {
			added.add(new Finding(PersonalDataKind.PERSON_NAME, start, end));
		}
	}

	/**
	 * A cell under a birth-date header that holds a date, or under an address header that
	 * holds what the given pattern takes for an address; whether one was added.
	 */
	private static boolean dateOrAddressCell(String label, String text, int start, Pattern address,
			List<Finding> added) {
		int end = start + text.length();
		if (DOB_HEADER.matcher(label).find() && DATE_CELL.matcher(text).matches()) {
			added.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, start, end));
			return true;
		}
		if (ADDRESS_HEADER.matcher(label).find() && address.matcher(text).matches()) {
			added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, start, end));
			return true;
		}
		return false;
	}

	private static void columns(String folded, List<Finding> candidates, List<Finding> added, List<List<int[]>> rows) {
		if (rows.size() < 2) {
			return;
		}
		int width = rows.stream().mapToInt(List::size).max().orElse(0);
		for (int column = 0; column < width; column++) {
			List<int[]> header = rows.get(0);
			boolean names = column < header.size() && header.get(column)[1] > header.get(column)[0]
					&& NAME_HEADER.matcher(folded.substring(header.get(column)[0], header.get(column)[1])).find();
			boolean phones = false;
			for (List<int[]> row : rows) {
				if (column < row.size()) {
					int[] cell = row.get(column);
					if (cell[1] > cell[0]) {
						names |= isName(candidates, cell[0], cell[1]);
						phones |= covered(candidates, PersonalDataKind.PHONE, cell[0], cell[1]);
					}
				}
			}
			for (List<int[]> row : rows.subList(1, rows.size())) {
				if (column >= row.size() || row.get(column)[1] <= row.get(column)[0]) {
					continue;
				}
				int[] cell = row.get(column);
				String text = folded.substring(cell[0], cell[1]);
				if (names && nameShaped(text)) {
					added.add(new Finding(PersonalDataKind.PERSON_NAME, cell[0], cell[1], Confidence.FLAGGED));
				}
				else if (phones && PHONE_CELL.matcher(text).matches()) {
					added.add(new Finding(PersonalDataKind.PHONE, cell[0], cell[1]));
				}
				else if (column < header.size()) {
					String label = folded.substring(header.get(column)[0], header.get(column)[1]);
					dateOrAddressCell(label, text, cell[0], ADDRESS_CELL, added);
				}
			}
		}
	}

	/** tel. written on to a phone is part of what the writer gave. */
	private static void telPrefixes(String folded, List<Finding> candidates, List<Finding> added) {
		for (Finding found : candidates) {
			if (found.kind() == PersonalDataKind.PHONE && !found.flagged()) {
				Matcher prefix = TEL_PREFIX.matcher(folded.substring(Math.max(0, found.start() - 4), found.start()));
				if (prefix.find()) {
					added.add(found.over(found.start() - (prefix.end() - prefix.start()), found.end()));
				}
			}
		}
	}

	private static boolean isName(List<Finding> candidates, int start, int end) {
		return covered(candidates, PersonalDataKind.PERSON_NAME, start, end);
	}

	private static boolean covered(List<Finding> candidates, PersonalDataKind kind, int start, int end) {
		for (Finding found : candidates) {
			if (found.kind() == kind && found.start() <= start && found.end() >= end) {
				return true;
			}
		}
		return false;
	}

}
