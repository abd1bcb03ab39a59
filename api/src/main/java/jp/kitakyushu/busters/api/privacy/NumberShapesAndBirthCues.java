package jp.kitakyushu.busters.api.privacy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Birth dates, phones, accounts, My Numbers and plates in the shapes still leaking after
 * round 32: dates by their cue, era or spelling (kana, kanji, both calendars), local or
 * spoken phones and their notes, bank lines and forms grown over their bank, bare account
 * numbers in a post about a bank, and moped or foreign plates.
 */
final class NumberShapesAndBirthCues {

	/** The platform's calendar: Japan's, whatever the server's zone. */
	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	/** A digit as people write it in a Japanese date: ASCII, kanji or old kanji. */
	private static final String JD = "[0-9〇一二三四五六七八九十拾壱弐参元]";

	/** A Japanese era, written out, cut to its first kanji, as a letter or in kana. */
	private static final String ERA_J = "(?:明治|大正|昭和|平成|令和|めいじ|たいしょう|しょうわ|へいせい|れいわ|[明大昭平令MTSHR])";

	/** The eras that ended before anyone now filing a post about an event was adult. */
	private static final Pattern OLD_ERA = Pattern
		.compile("^(?:明治|大正|昭和|めいじ|たいしょう|しょうわ|[明大昭MTS])|(?i:meiji|taisho|showa)");

	private static final String ENGLISH_MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

	private static final String DAY = "(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?";

	private static final String YEAR = "(?:1[89][0-9]{2}|20[0-9]{2})";

	/** A kana number: 二千十八, にせんじゅうはち, とおか and the like. */
	private static final String KANA_NUMBER = "[\\p{IsHiragana}]{1,10}?";

	/**
	 * A full date in the spellings people use for a birth date, but kana: western (both
	 * orders, any separator, spaced slashes), English month words, a Japanese date with
	 * its era or year (both calendars at once too), or era initials with dots.
	 */
	private static final String DIGIT_DATE = YEAR
			+ " ?[-/.] ?(?:0?[1-9]|1[0-2]) ?[-/.] ?(?:0?[1-9]|[12][0-9]|3[01])(?![0-9])"
			+ "|(?<![0-9])(?:0?[1-9]|[12][0-9]|3[01]) ?[-/.] ?(?:0?[1-9]|[12][0-9]|3[01]) ?[-/.] ?" + YEAR + "(?![0-9])"
			+ "|(?i:" + YEAR + "-" + ENGLISH_MONTH + "-" + DAY + "|" + DAY + "-" + ENGLISH_MONTH + "-" + YEAR + ")"
			+ "|(?<![0-9])" + DAY + "(?: of)? " + "(?i:" + ENGLISH_MONTH + ")" + ",? " + YEAR + "|(?i:" + ENGLISH_MONTH
			+ ") " + DAY + ",? " + YEAR + "|(?:" + ERA_J + " ?)?" + JD + "{1,4} ?年 ?(?:\\(" + ERA_J + "?" + JD
			+ "{1,3}年\\) ?)?" + JD + "{1,3} ?月 ?" + JD + "{1,3} ?日" + "|[昭平大明令]" + JD + "{1,3}[・.]" + JD + "{1,2}[・.]"
			+ JD + "{1,2}(?![0-9])" + "|(?<![A-Za-z])[MTSHR][0-9]{1,2}[./][0-9]{1,2}[./][0-9]{1,2}(?![0-9])";

	/** A full date spelled in kana (にせんじゅうはちねん じゅうがつ とおか), its era or digits allowed. */
	private static final String KANA_SPELLED_DATE = "(?:" + ERA_J + " ?)?(?:[0-9"
			+ "〇一二三四五六七八九十]{1,4}|(?<![\\p{IsHiragana}])" + KANA_NUMBER + ") ?ねん ?(?:[0-9一二三四五六七八九十]{1,2}|" + KANA_NUMBER
			+ ") ?がつ ?(?:[0-9" + "〇一二三四五六七八九十]{1,3} ?(?:にち|ひ|か)|" + KANA_NUMBER + "(?:にち|か))";

	private static final Pattern DATE = Pattern.compile("(?:" + DIGIT_DATE + "|" + KANA_SPELLED_DATE + ")");

	/**
	 * The same dates without the kana spelling, for the many posts without ねん: that
	 * alternative tries up to ten kana at every kana in the text, a third of the search.
	 */
	private static final Pattern DATE_WITHOUT_KANA = Pattern.compile("(?:" + DIGIT_DATE + ")");

	/** A date spelled in kana (a child's card): always someone's birth date. */
	private static final Pattern KANA_DATE = Pattern.compile("ねん.*がつ");

	/**
	 * A date with an English era name and any of its western year, month and day around
	 * it (Showa 14, May 1; Heisei 2 (1990) Apr 11; 1936 (Showa 11) 5/19; 3rd of March,
	 * Showa 9; Taisho 15 / 1926, 30th November).
	 */
	private static final String ERA_PART = "(?:\\((?i:meiji|taisho|showa|heisei|reiwa) [0-9]{1,2}\\)|(?i:meiji|taisho|showa|heisei|reiwa) [0-9]{1,2}|\\("
			+ YEAR + "\\)|" + YEAR + "|(?i:" + ENGLISH_MONTH + ") " + DAY + "(?![0-9])|" + DAY + "(?: of)? (?i:"
			+ ENGLISH_MONTH + ")|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12][0-9]|3[01])(?![0-9/]))";

	private static final Pattern ENGLISH_ERA_DATE = Pattern
		.compile(ERA_PART + "(?:(?:, ?i\\.e\\.,? ?| ?[,/] ?| )" + ERA_PART + ")+");

	private static final Pattern ENGLISH_ERA = Pattern.compile("(?i:meiji|taisho|showa|heisei|reiwa) [0-9]");

	private static final Pattern MONTH_OR_DAY = Pattern.compile("(?i:" + ENGLISH_MONTH + ")|/");

	/**
	 * An English birth cue right before a date, which writers label with the date (born 3
	 * May 1970, DOB 1970-05-03); Japanese cue words stay outside it.
	 */
	private static final Pattern CUE_BEFORE = Pattern
		.compile("(?i:\\bborn(?: on)?|\\bb\\.|\\bDOB|\\bD\\.O\\.B\\.?) ?$");

	/**
	 * A birth cue anywhere in the same line before the date, or a birth word after it.
	 */
	private static final Pattern CUE_NEAR = Pattern.compile(
			"(?i:\\bborn\\b|\\bb\\. |\\bDOB\\b|D\\.O\\.B|birth|\\bturned [0-9]+|\\bturning [0-9]+|生年月日|せいねんがっぴ|たんじょう|誕生|生まれ|うまれ|出生)");

	private static final Pattern CUE_AFTER = Pattern.compile("^ ?(?:\\)|\\))? ?(?:生まれ|うまれ|生(?![活産徒協命])|誕生)");

	/**
	 * A year and month right before 生まれ (not one corrected: 生まれではなく), or a year after
	 * 生まれは; a year alone before 生まれ is often the wrong one of a correction.
	 */
	private static final Pattern YEAR_BORN = Pattern.compile("(?:" + ERA_J + " ?)?" + JD + "{1,4} ?年(?!代) ?" + JD
			+ "{1,2} ?月 ?(?:の ?)?(?=(?:生まれ|うまれ)(?!(?:では|じゃ)な))|(?<=生まれは|うまれは)(?:" + ERA_J + " ?)?" + JD
			+ "{1,4} ?年(?!代)(?: ?" + JD + "{1,2} ?月)?");

	/** "born 2016", "born in 1948": the year alone after the cue. */
	private static final Pattern BORN_YEAR = Pattern
		.compile("(?i)(?<=\\bborn |\\bborn in )" + YEAR + "(?![0-9s']|[-/.][0-9])");

	/** The month and day said after a year before 生まれ: 1978年生まれ、2月14日. */
	private static final Pattern BORN_THEN_DAY = Pattern
		.compile("(?:生まれ|うまれ)[、,] ?" + JD + "{1,2} ?月 ?" + JD + "{1,3} ?日");

	/** A month and day with no year (a birthday list). */
	private static final Pattern MONTH_DAY = Pattern.compile(
			"(?i:" + ENGLISH_MONTH + ") (?:0?[1-9]|[12][0-9]|3[01])(?![0-9])|(?<![0-9])(?:0?[1-9]|[12][0-9]|3[01]) (?i:"
					+ ENGLISH_MONTH + ")(?![a-z])|(?<![0-9])[0-9]{1,2}月[0-9]{1,2}日");

	private static final Pattern BIRTHDAY_POST = Pattern.compile("(?i:birthdays?)|誕生日|たんじょうび");

	private static final Pattern NAME_THEN_COLON = Pattern
		.compile("(?:-[a-z]{2,7})? ?[:：] ?$|(?:, | )turning [0-9]{1,3} on $|\\bturned [0-9]{1,3} on $");

	/**
	 * What may stand between the fields of a record line: separators and short labels.
	 */
	private static final Pattern RECORD_GAP = Pattern
		.compile("[ ,、/／:：()\\-–]{0,4}(?:[A-Z][A-Za-z.]{1,9}(?: [A-Z][A-Za-z.]{1,9})?[:]? ?)?");

	/** A date that bounds something (以前生まれ, until): a limit, not a birth date. */
	private static final Pattern LIMIT_AFTER = Pattern.compile("^ ?(?:以前|以降|以後|まで|から|より|時点|現在)");

	/** An old era's date the sentence is about (昭和64年1月7日は…): history, not a birth. */
	private static final Pattern TOPIC_AFTER = Pattern.compile("^ ?(?:は|が|の|に(?!生|うま))");

	private static final Pattern PET = Pattern.compile("(?i:\\b(?:dog|cat|puppy|kitten|pet|breed)s?\\b)|犬|猫|ペット");

	private static final Pattern OWNER = Pattern.compile("(?i:owner|applicant|guardian|parent)|飼い主|申請者|私");

	private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]|[.](?= [A-Z])");

	private static final Pattern ARRIVED = Pattern.compile(" (?:arrived|was born)(?: on)? ");

	/** A phone cue a local number (no area code) follows. */
	private static final Pattern LOCAL_PHONE = Pattern
		.compile("(?:電話|でんわ|TEL|Tel|tel|℡|☎|携帯|連絡先)(?:\\([^()\\n]{0,4}\\))?[ :：]{0,3}"
				+ "(?<n>[0-9〇一二三四五六七八九]{3,4} ?[のノ\\-・ー] ?[0-9〇一二三四五六七八九]{4})(?![0-9〇一二三四五六七八九年月日円])");

	/** The same shape as a note the reader takes for a number: digits joined by の. */
	private static final Pattern NO_JOINED_PHONE = Pattern
		.compile("(?<![0-9〇一二三四五六七八九])[〇一二三四五六七八九]{3}の[〇一二三四五六七八九]{4}(?![0-9〇一二三四五六七八九])");

	/** A note on a phone right after it: (自宅), (夜のみ), (内線453), (090). */
	private static final Pattern PHONE_NOTE = Pattern.compile("^ ?\\((?:自宅|夜のみ|昼のみ|日中|夜間|平日|土日|呼出し?|呼び出し|直通|固定|留守電|FAX|"
			+ "内線 ?[0-9]{1,5}|(?i:home|mobile|cell|work|office|landline|evenings?|daytime)|0[0-9]{1,4})\\)");

	/** A number with its country code but no plus, or its area code's 0 left out. */
	private static final Pattern PHONE_NO_PREFIX = Pattern.compile(
			"(?<![0-9+\\-])(?:81-[1-9][0-9]?-[0-9]{3,4}-[0-9]{4}|[1-9][0-9]-[0-9]{3}-[0-9]{4}|[1-9]-[0-9]{4}-[0-9]{4})(?![0-9\\-])");

	private static final Pattern PHONE_WORD = Pattern.compile("(?i:phone|\\bcall\\b|\\btel\\b|landline|mobile)|電話|でんわ");

	private static final Pattern PHONE_POST = Pattern
		.compile("(?i:phone|call|tel\\b|number|landline|mobile)|電話|でんわ|市外局番|TEL");

	/** A number with +81 in any spacing. */
	private static final Pattern INTERNATIONAL_PHONE = Pattern
		.compile("\\+81[ -]?\\(?0?[1-9][0-9]{0,3}\\)?[ -][0-9]{1,4}[ -][0-9]{4}(?![0-9])");

	/** A Japanese number in the common shape, taken only on a person's record line. */
	private static final Pattern PLAIN_PHONE = Pattern
		.compile("(?<![0-9\\-])0[0-9]{1,4}-[0-9]{1,4}-[0-9]{4}(?![0-9\\-])");

	/** British mobiles and the American 555 numbers writers invent. */
	private static final Pattern FOREIGN_PHONE = Pattern
		.compile("(?<![0-9])07[0-9]{3} ?[0-9]{6}(?![0-9])|(?<![0-9\\-])555-[0-9]{4}(?![0-9\\-])");

	/** Digits said in English words, the groups split by commas, hyphens or spaces. */
	private static final String SPOKEN = "(?:zero|ohh?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
			+ "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
			+ "eighty|ninety|double|triple)";

	private static final Pattern SPOKEN_RUN = Pattern
		.compile("(?i)\\b" + SPOKEN + "(?:(?:, ?| ?- ?| )" + SPOKEN + "){5,}\\b(?: \\(0[0-9]{1,3}\\))?");

	private static final Pattern BANK_POST = Pattern.compile(
			"(?i:\\bbank\\b|account|\\ba/c\\b|\\bacct\\b|BACS|refund|transfer|IBAN|savings|ordinary)|口座|銀行|振込|振り込|ゆうちょ");

	/** An account number alone: seven or eight digits, or seven spaced out. */
	private static final Pattern BARE_ACCOUNT = Pattern.compile(
			"(?<![0-9A-Za-z#\\-/.,¥$£€])(?:[0-9]{7,8}|[0-9](?: [0-9]){6})(?![0-9A-Za-z\\-/円]|\\.[0-9]|,[0-9]| ?\\((?:the|our) [A-Za-z ]{2,20}'s\\))");

	/** Words that say a number is something else than an account. */
	private static final Pattern OTHER_NUMBER = Pattern.compile(
			"(?i:\\bref|reference|customer|order|case|\\bbib\\b|invoice|ticket|tracking|member|receipt|licen[cs]e|permit|serial|model|policy|booking|sticker|\\bno\\.|#|phone|tel\\b|call|postcode|zip|〒|My ?Number|個人番号)");

	private static final Pattern ACCOUNT_NEAR = Pattern
		.compile("(?i:account|\\ba/c|\\bacct|bank|ordinary|savings|checking|current|口座|普通|当座)");

	/** An IBAN: country, check digits, then groups of four. */
	private static final Pattern IBAN = Pattern
		.compile("\\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\\b");

	/** The account's type written on a bank line. */
	private static final String ACCOUNT_TYPE = "(?:\\((?:普通?|当座?|貯蓄)\\)|普通(?:預金)?|当座(?:預金)?|貯蓄(?:預金)?|普)";

	/**
	 * A bank line as people write it by hand: the bank (its word may be left out), the
	 * branch (by its name, number or both), the type and the number, spaced, slashed or
	 * joined by の.
	 */
	private static final Pattern BANK_LINE = Pattern.compile(
			"(?:ゆうちょ(?:銀行)?|[\\p{IsHan}\\p{IsKatakana}ーA-Za-z][\\p{IsHan}\\p{IsKatakana}ーA-Za-z\\p{IsHiragana}&&[^をでにはがのへともや]]{0,13}?"
					+ "(?:銀行|信用金庫|信金|信用組合|労働金庫|労金)|[\\p{IsHan}\\p{IsKatakana}ー]{2,8})(?: ?\\([0-9]{3,4}\\))?[ /／の、。]{0,3}"
					+ "(?:(?:支店名?|店名|店)[ :：]{0,2})?(?:[^\\s/／。、:：()\\nはを]{1,10}|[0-9〇一二三四五六七八九]{3} ?店)"
					+ "(?: ?\\([^()\\n]{1,10}\\))?[ /／の、。]{0,3}" + ACCOUNT_TYPE
					+ "[ /／の]{0,3}(?<n>[0-9〇一二三四五六七八九]{7})(?![0-9])");

	/** How far before its account type a bank line may start (61, with room to spare). */
	private static final int BANK_LINE_BEFORE_TYPE = 64;

	/**
	 * A line of a bank form above the number: its label, then a branch or type
	 * ({@code r}), a symbol, or the bank's name alone ({@code b}), and nothing else.
	 */
	private static final Pattern FORM_LINE = Pattern
		.compile("(?:(?:金融機関|銀行名?|支店名?|店名|店番号?|預金種目|種目|種別|口座種別|口座|記号)[ :：]*)?(?<v>"
				+ "(?<r>(?:(?:ゆうちょ(?:銀行)?|[^\\s。、？！?!:：]{1,12}(?:銀行|信用金庫|信金))[ ]*)?[^\\s。、？！?!:：]{1,10}(?:支店|出張所|営業部)|(?:支店名?|店名)[ :：]*[^\\s。、？！?!]{1,10}|"
				+ "(?:種目|預金種目|種別|口座種別)[ :：]*(?:普通|当座|貯蓄)(?:預金)?|(?:普通|当座|貯蓄)(?:預金)?)"
				+ "|記号[ :：]*[0-9]{5}(?:-[0-9])?|(?<b>ゆうちょ(?:銀行)?|[^\\s。、？！?!:：]{1,12}(?:銀行|信用金庫|信金)))[ ]*");

	/** A Japan Post symbol and number on two lines. */
	private static final Pattern JAPAN_POST_LINES = Pattern
		.compile("記号[ :：]*1[0-9]{4}(?:-[0-9])?[ ]*\\n[ ]*番号[ :：]*[0-9]{6,8}(?![0-9])");

	/** A moped's plate: city, ward, kana and serial. */
	private static final Pattern MOPED_PLATE = Pattern
		.compile("\\b[A-Z][a-z]+-shi [A-Z][a-z]+(?:-ku)? [A-Za-z]{1,2} [0-9]{1,2}-[0-9]{2}\\b"
				+ "|[\\p{IsHan}]{2,4}市[\\p{IsHan}]{1,4} ?[\\p{IsHiragana}] ?[0-9]{1,2}-[0-9]{2}(?![0-9])");

	/** Plates without their place (330 me 72-91), Indian and old British ones. */
	private static final Pattern BARE_PLATE = Pattern
		.compile("(?<![0-9])[0-9]{3} [a-z]{1,2} [0-9]{1,2}-[0-9]{2}(?![0-9])"
				+ "|\\b[A-Z][a-z] [0-9]{2} [A-Z]{2} [0-9]{4}\\b|\\b[A-Z] [0-9]{1,3} [A-Z]{3}\\b");

	private static final Pattern VEHICLE_CUE = Pattern
		.compile("(?i:plate|vehicle|car\\b|scooter|motorbike|bike|van\\b|parking)|ナンバー|車|バイク");

	/** Twelve digits after "My No.", the card's short label. */
	private static final Pattern MY_NO = Pattern
		.compile("(?i:\\bMy No\\.?)[ :]*(?<n>[0-9]{4} ?[0-9]{4} ?[0-9]{4})(?![0-9])");

	private NumberShapesAndBirthCues() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		birthDates(folded, candidates, added);
		phones(folded, candidates, added);
		accounts(folded, candidates, added);
		platesAndMyNumbers(folded, added);
		for (Finding finding : added) {
			candidates.add(grown(finding, candidates));
		}
	}

	private static void birthDates(String folded, List<Finding> candidates, List<Finding> added) {
		LocalDate today = LocalDate.now(JAPAN);
		Matcher date = (folded.contains("ねん") ? DATE : DATE_WITHOUT_KANA).matcher(folded);
		while (date.find()) {
			String text = date.group();
			int start = date.start();
			int lineStart = folded.lastIndexOf('\n', start - 1) + 1;
			String before = sentenceBefore(folded, start);
			Matcher cue = CUE_BEFORE.matcher(before);
			boolean cued = cue.find();
			String after = folded.substring(date.end(), Math.min(folded.length(), date.end() + 5));
			boolean birth = KANA_DATE.matcher(text).find()
					|| OLD_ERA.matcher(text).find() && !TOPIC_AFTER.matcher(after).find() || cued || cueOwnsDate(before)
					|| CUE_AFTER.matcher(after).find() || arrivedAfterName(folded, start, candidates)
					|| recordAfterName(folded, start, candidates) && notAfter(text, today.getYear() - 1);
			if (birth && notFuture(text, today) && !LIMIT_AFTER.matcher(after).find() && !petsDate(folded, before)) {
				// The cue word itself stays visible: only the date is the data.
				added.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, start, date.end()));
			}
		}
		Matcher era = ENGLISH_ERA_DATE.matcher(folded);
		while (era.find()) {
			String text = era.group();
			boolean full = MONTH_OR_DAY.matcher(text).find();
			boolean cued = cueOwnsDate(sentenceBefore(folded, era.start()));
			// An era date alone is history (the bridge opened Showa 40, May 3): a
			// person's
			// only in brackets or right after a found name.
			if ((ENGLISH_ERA.matcher(text).find()
					? cued || full && (bracketed(folded, era.start()) || afterName(folded, era.start(), candidates))
					: full && cued && notFuture(text, LocalDate.now(JAPAN)))
					&& !petsDate(folded, sentenceBefore(folded, era.start()))) {
				added.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, era.start(), era.end()));
			}
		}
		// Both of its forms end in or follow 生まれ or うまれ.
		Matcher yearBorn = YEAR_BORN.matcher(folded.contains("まれ") ? folded : "");
		while (yearBorn.find()) {
			if (!petsDate(folded, lineBefore(folded, yearBorn.start()))) {
				added.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, yearBorn.start(), yearBorn.end()));
			}
		}
		if (folded.toLowerCase(Locale.ROOT).contains("born")) {
			addAll(BORN_YEAR.matcher(folded), PersonalDataKind.DATE_OF_BIRTH, added);
		}
		Matcher then = BORN_THEN_DAY.matcher(folded);
		while (then.find()) {
			int at = then.start();
			if (at > 0 && (Character.isDigit(folded.charAt(at - 1)) || folded.charAt(at - 1) == '年'
					|| coveredBy(at - 1, candidates, PersonalDataKind.DATE_OF_BIRTH))) {
				added.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, at, then.end()));
			}
		}
		if (BIRTHDAY_POST.matcher(folded).find()) {
			Matcher day = MONTH_DAY.matcher(folded);
			while (day.find()) {
				for (Finding name : candidates) {
					if (name.kind() == PersonalDataKind.PERSON_NAME && name.end() <= day.start()
							&& name.end() >= day.start() - 20
							&& NAME_THEN_COLON.matcher(folded).region(name.end(), day.start()).find()) {
						added.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, day.start(), day.end()));
						break;
					}
				}
			}
		}
	}

	/**
	 * Whether a birth cue in the sentence before is this date's: no other number stands
	 * between them (born 1970-01-02, died 2020-03-04: the second is no birth date).
	 */
	private static boolean cueOwnsDate(String before) {
		Matcher cue = CUE_NEAR.matcher(before);
		int end = -1;
		while (cue.find()) {
			end = cue.end();
		}
		return end >= 0 && !before.substring(end).matches("(?s).*[0-9〇一二三四五六七八九].*");
	}

	/** Whether the date opens a bracket: (Showa 14, May 1). */
	private static boolean bracketed(String folded, int at) {
		return folded.startsWith("(", at) || lineBefore(folded, at).matches("(?s).*\\( ?");
	}

	/** Whether a found name ends shortly before the date in its sentence. */
	private static boolean afterName(String folded, int at, List<Finding> candidates) {
		int from = at - sentenceBefore(folded, at).length();
		for (Finding found : candidates) {
			if (found.kind() == PersonalDataKind.PERSON_NAME && found.end() <= at && found.end() >= from
					&& found.end() >= at - 30) {
				return true;
			}
		}
		return false;
	}

	/** Whether the post is about a pet and the date's sentence names no owner. */
	private static boolean petsDate(String folded, String before) {
		return PET.matcher(folded).find() && !OWNER.matcher(before).find();
	}

	/**
	 * Whether the date ends a record line that a found name starts: name, then other
	 * fields found (an address, a number), then the date, only commas, slashes or short
	 * brackets between.
	 */
	private static boolean recordAfterName(String folded, int at, List<Finding> candidates) {
		int cursor = at;
		for (int step = 0; step < 4; step++) {
			Finding previous = null;
			for (Finding found : candidates) {
				if (found.end() <= cursor && found.end() >= cursor - 4
						&& (previous == null || found.end() > previous.end())) {
					previous = found;
				}
			}
			if (previous == null || !RECORD_GAP.matcher(folded).region(previous.end(), cursor).matches()) {
				return false;
			}
			if (previous.kind() == PersonalDataKind.PERSON_NAME) {
				return true;
			}
			if (previous.kind() == PersonalDataKind.DATE_OF_BIRTH) {
				// A second date after a birth date is another event's (a death's).
				return false;
			}
			cursor = previous.start();
		}
		return false;
	}

	/** Whether the date follows "[name] arrived" or "[name] was born": a baby's birth. */
	private static boolean arrivedAfterName(String folded, int at, List<Finding> candidates) {
		for (Finding found : candidates) {
			if (found.kind() == PersonalDataKind.PERSON_NAME && found.end() <= at && found.end() >= at - 16
					&& ARRIVED.matcher(folded).region(found.end(), at).matches()) {
				return true;
			}
		}
		return false;
	}

	/** Whether a date is not after today: a birth date cannot be. */
	private static boolean notFuture(String date, LocalDate today) {
		return notAfter(date, today.getYear());
	}

	/**
	 * Whether a date's year is not after the given one (a date of this year after a name
	 * is a report's, not a birth date).
	 */
	private static boolean notAfter(String date, int last) {
		Matcher year = Pattern.compile("(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])").matcher(date);
		if (year.find()) {
			return Integer.parseInt(year.group()) <= last;
		}
		Matcher reiwa = Pattern.compile("(?:令和|令|R|れいわ) ?([0-9]{1,2})").matcher(date);
		return !reiwa.find() || 2018 + Integer.parseInt(reiwa.group(1)) <= last;
	}

	/** The text of the sentence before a place, at most 60 chars. */
	private static String sentenceBefore(String folded, int at) {
		String before = lineBefore(folded, at);
		Matcher end = SENTENCE_END.matcher(before);
		int from = 0;
		while (end.find()) {
			from = end.end();
		}
		return before.substring(from);
	}

	private static String lineBefore(String folded, int at) {
		int lineStart = folded.lastIndexOf('\n', at - 1) + 1;
		return folded.substring(Math.max(lineStart, at - 60), at);
	}

	private static void phones(String folded, List<Finding> candidates, List<Finding> added) {
		Matcher local = LOCAL_PHONE.matcher(folded);
		while (local.find()) {
			if (local.start() > 0 && folded.charAt(local.start() - 1) == '(') {
				// (℡ 582-1109) after a hall's or office's name: theirs, which stays.
				continue;
			}
			added.add(new Finding(PersonalDataKind.PHONE, local.start("n"), local.end("n")));
		}
		addAll(NO_JOINED_PHONE.matcher(folded), PersonalDataKind.PHONE, added);
		if (PHONE_POST.matcher(folded).find()) {
			Matcher bare = PHONE_NO_PREFIX.matcher(folded);
			while (bare.find()) {
				String before = lineBefore(folded, bare.start());
				if (!OTHER_NUMBER.matcher(before.substring(Math.max(0, before.length() - 22))).find()
						|| PHONE_WORD.matcher(before).find()) {
					added.add(new Finding(PersonalDataKind.PHONE, bare.start(), bare.end()));
				}
			}
		}
		addAll(FOREIGN_PHONE.matcher(folded), PersonalDataKind.PHONE, added);
		Matcher spoken = SPOKEN_RUN.matcher(folded);
		while (spoken.find()) {
			boolean bank = ACCOUNT_NEAR.matcher(lineBefore(folded, spoken.start())).find();
			added.add(new Finding(bank ? PersonalDataKind.BANK_ACCOUNT : PersonalDataKind.PHONE, spoken.start(),
					spoken.end()));
		}
		List<Finding> all = new ArrayList<>(candidates);
		all.addAll(added);
		for (Finding phone : all) {
			if (phone.kind() != PersonalDataKind.PHONE || phone.flagged()) {
				continue;
			}
			Matcher note = PHONE_NOTE.matcher(folded).region(phone.end(), folded.length());
			if (note.lookingAt()) {
				added.add(new Finding(PersonalDataKind.PHONE, phone.start(), note.end()));
			}
		}
		for (Finding found : all) {
			// The plus of +81 left out when another kind took the digits after it.
			if (found.start() > 0 && folded.charAt(found.start() - 1) == '+'
					&& folded.startsWith("81", found.start())) {
				added.add(new Finding(PersonalDataKind.PHONE, found.start() - 1, found.end()));
			}
		}
		addAll(INTERNATIONAL_PHONE.matcher(folded), PersonalDataKind.PHONE, added);
		Matcher plain = PLAIN_PHONE.matcher(folded);
		while (plain.find()) {
			if (recordAfterName(folded, plain.start(), candidates)) {
				added.add(new Finding(PersonalDataKind.PHONE, plain.start(), plain.end()));
			}
		}
	}

	private static void accounts(String folded, List<Finding> candidates, List<Finding> added) {
		// A bank line is at most 73 characters and holds its type (普, 当, 貯) at most 61
		// after its start, with the number's first digit at most ten after that: the
		// search jumps to such a type, which most long posts lack, instead of trying the
		// bank's name at every character.
		AnchoredSearch.forEach(BANK_LINE, folded, NumberShapesAndBirthCues::accountType, BANK_LINE_BEFORE_TYPE,
				(line) -> {
					// A branch by its label (店名 七八八) is a field of its own: the bank
					// before it is written as a separate field and stays.
					int label = line.group().indexOf("店名");
					int from = (label < 0) ? line.start()
							: line.start() + label - (line.group().startsWith("支", label - 1) ? 1 : 0);
					// A holder's name in kana (ヤマダ タロウ、普通預金) is no bank and branch.
					if (!overlapsName(from, line.end(), candidates)) {
						added.add(new Finding(PersonalDataKind.BANK_ACCOUNT, from, line.end()));
					}
				});
		addAll(JAPAN_POST_LINES.matcher(folded), PersonalDataKind.BANK_ACCOUNT, added);
		addAll(IBAN.matcher(folded), PersonalDataKind.BANK_ACCOUNT, added);
		if (BANK_POST.matcher(folded).find()) {
			Matcher bare = BARE_ACCOUNT.matcher(folded);
			while (bare.find()) {
				String before = lineBefore(folded, bare.start());
				String near = before.substring(Math.max(0, before.length() - 22));
				if (!OTHER_NUMBER.matcher(near).find() || ACCOUNT_NEAR.matcher(near).find()) {
					added.add(new Finding(PersonalDataKind.BANK_ACCOUNT, bare.start(), bare.end()));
				}
			}
		}
		List<Finding> all = new ArrayList<>(candidates);
		all.addAll(added);
		for (Finding account : all) {
			if (account.kind() != PersonalDataKind.BANK_ACCOUNT) {
				continue;
			}
			int lineStart = folded.lastIndexOf('\n', account.start() - 1) + 1;
			int formStart = formStart(folded, lineStart);
			if (formStart < lineStart) {
				added.add(new Finding(PersonalDataKind.BANK_ACCOUNT, formStart, account.end()));
			}
		}
	}

	/** Whether an account type (普, 当, 貯) stands here with a digit close after it. */
	private static boolean accountType(String folded, int at) {
		char c = folded.charAt(at);
		return (c == '普' || c == '当' || c == '貯') && digitWithin(folded, at + 1, 11);
	}

	private static boolean digitWithin(String folded, int from, int length) {
		for (int at = from; at < Math.min(folded.length(), from + length); at++) {
			if ("0123456789〇一二三四五六七八九".indexOf(folded.charAt(at)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where a bank form above an account's line starts: the value of the first of up to
	 * three lines above that hold only a form's label and a branch, type or symbol, and
	 * of the bank's line above them when a branch or type was among them (a bank's name
	 * alone above a Japan Post number is the bank, which stays).
	 */
	private static int formStart(String folded, int lineStart) {
		int start = lineStart;
		int line = lineStart;
		boolean branch = false;
		for (int step = 0; step < 4 && line > 1; step++) {
			int previousStart = folded.lastIndexOf('\n', line - 2) + 1;
			Matcher form = FORM_LINE.matcher(folded.substring(previousStart, line - 1));
			line = previousStart;
			if (!form.matches()) {
				break;
			}
			if (form.group("b") != null) {
				if (branch) {
					start = previousStart + form.start("v");
				}
				break;
			}
			branch |= form.group("r") != null;
			start = previousStart + form.start("v");
		}
		return start;
	}

	private static void platesAndMyNumbers(String folded, List<Finding> added) {
		addAll(MOPED_PLATE.matcher(folded), PersonalDataKind.NUMBER_PLATE, added);
		if (VEHICLE_CUE.matcher(folded).find()) {
			addAll(BARE_PLATE.matcher(folded), PersonalDataKind.NUMBER_PLATE, added);
		}
		Matcher myNo = MY_NO.matcher(folded);
		while (myNo.find()) {
			added.add(new Finding(PersonalDataKind.MY_NUMBER, myNo.start("n"), myNo.end("n")));
		}
	}

	private static boolean overlapsName(int start, int end, List<Finding> candidates) {
		for (Finding found : candidates) {
			if (found.kind() == PersonalDataKind.PERSON_NAME && found.overlaps(start, end)) {
				return true;
			}
		}
		return false;
	}

	private static boolean coveredBy(int at, List<Finding> candidates, PersonalDataKind kind) {
		for (Finding found : candidates) {
			if (found.kind() == kind && found.start() <= at && at < found.end()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The finding grown over every sure finding it overlaps, so that it wins over the
	 * pieces it joins (the resolver keeps the longest) without cutting another off.
	 */
	private static Finding grown(Finding finding, List<Finding> candidates) {
		int start = finding.start();
		int end = finding.end();
		for (Finding other : candidates) {
			if (!other.flagged() && other.overlaps(start, end)) {
				start = Math.min(start, other.start());
				end = Math.max(end, other.end());
			}
		}
		return new Finding(finding.kind(), start, end);
	}

	private static void addAll(Matcher matcher, PersonalDataKind kind, List<Finding> added) {
		while (matcher.find()) {
			added.add(new Finding(kind, matcher.start(), matcher.end()));
		}
	}

}
