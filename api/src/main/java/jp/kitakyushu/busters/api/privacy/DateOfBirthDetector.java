package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds dates of birth: a full date next to 生年月日, 生まれ, 誕生日, "born", "DOB" and the like,
 * and a birth year right before 生まれ or 生 (昭和25年生まれ, 1948年生), which with a ward and a sex
 * (八幡西区／昭和23年生／男) already points at few people. A date alone is an event date (4月1日に開催),
 * not a finding.
 */
final class DateOfBirthDetector implements Detector {

	/** An era by name or by its letter (S49年, H.12年), or a western year. */
	private static final String ERA_YEAR = "(?:(?:明治|大正|昭和|平成|令和) ?(?:\\d{1,2}|元)|(?<![A-Za-z])[MTSHR]\\.? ?\\d{1,2}(?=年)|\\d{4})";

	/** 1945年（昭和20年）and 昭和20年（1945年）: both calendars, one in brackets. */
	private static final String YEAR = ERA_YEAR + " ?年(?: ?\\(" + ERA_YEAR + " ?年?\\))?";

	private static final String JAPANESE_DATE = YEAR + " ?\\d{1,2} ?月 ?\\d{1,2} ?日";

	private static final String NUMERIC_DATE = "(?:\\d{4}(?<ds>[\\-/.・])\\d{1,2}\\k<ds>\\d{1,2}|[MTSHR] ?\\d{1,2}(?<es>[\\-/.・])\\d{1,2}\\k<es>\\d{1,2}"
			+ "|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}(?<dm>[\\-.])\\d{1,2}\\k<dm>(?:19|20)\\d{2})";

	/** A month's name in any case: forms write DOB: 12 DEC 1998. */
	private static final String MONTH = "(?i:January|February|March|April|May|June|July|August|September|October|November"
			+ "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

	private static final String ENGLISH_DATE = "(?:\\d{1,2}(?:st|nd|rd|th)?(?: of)? " + MONTH + ",? \\d{4}|" + MONTH
			+ " \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})";

	private static final String NOT_AFTER = "(?!\\d|[\\-/.]\\d)";

	private static final PatternRule AFTER_LABEL = PatternRule
		.of("(?:生年月日|出生日|誕生日)(?:\\([^)\\n]{1,6}\\))?(?: ?(?:[:は(]|が|を|も|欄に?は?))? ?(?<v>" + JAPANESE_DATE + "|"
				+ NUMERIC_DATE + "|" + ERA_YEAR + "?年? ?\\d{1,2} ?月 ?\\d{1,2} ?日)" + NOT_AFTER)
		.startingAt(StartSet.anyOf("生出誕"))
		.needingDigitWithin(10)
		.onlyWith("生年月日", "出生日", "誕生日");

	/** 生 right after a date means birth unless it starts another word (生活, 生産). */
	private static final PatternRule BEFORE_BORN = PatternRule
		.of("(?<![\\d\\-/.])(?<v>" + JAPANESE_DATE + "|" + NUMERIC_DATE + ") ?(?:生まれ|うまれ|産まれ|誕生|生(?![\\p{IsHan}]))")
		.startingAt(StartSet.runOf(StartSet.DIGIT).or(StartSet.anyOf("明大昭平令MTSHR")))
		.needingDigitWithin(4)
		.onlyWith("生", "うまれ", "誕生");

	private static final PatternRule ENGLISH = PatternRule
		.of("(?i:\\bborn(?: on)?|\\bdate of birth|\\bbirth ?date|\\bd\\.?o\\.?b\\.?|\\bbirthday)(?: is| was)?(?: ?[:：(\\-–])? ?(?:the )?(?<v>"
				+ ENGLISH_DATE + "|" + NUMERIC_DATE + ")" + NOT_AFTER)
		.startingAt(StartSet.anyOf("bBdD"))
		.needingDigitWithin(30)
		.onlyWith("born", "Born", "BORN", "birth", "Birth", "BIRTH", "DOB", "dob", "Dob", "D.O.B", "d.o.b");

	private static final String KANJI_NUMBER = "[一二三四五六七八九十〇]{1,3}";

	/** 昭和十八年五月三日: a date written in kanji numerals, after a label or before 生まれ. */
	private static final String KANJI_ERA_YEAR = "(?:(?:明治|大正|昭和|平成|令和) ?(?:" + KANJI_NUMBER + "|元)|[一二三四五六七八九〇]{4})";

	/** 一九七三年（昭和四十八年）三月三日: the other calendar's year may stand in brackets. */
	private static final String KANJI_DATE = KANJI_ERA_YEAR + "年(?: ?\\(" + KANJI_ERA_YEAR + "年?\\))? ?" + KANJI_NUMBER
			+ "月 ?" + KANJI_NUMBER + "日";

	private static final PatternRule KANJI_AFTER_LABEL = PatternRule
		.of("(?:生年月日|出生日|誕生日)(?: ?(?:[:は(]|が))? ?(?<v>" + KANJI_DATE + ")")
		.startingAt(StartSet.anyOf("生出誕"))
		.onlyWith("生年月日", "出生日", "誕生日");

	private static final PatternRule KANJI_BEFORE_BORN = PatternRule
		.of("(?<v>" + KANJI_DATE + ") ?(?:生まれ|うまれ|産まれ|誕生|生(?![\\p{IsHan}]))")
		.startingAt(StartSet.anyOf("明大昭平令一二三四五六七八九〇"))
		.onlyWith("生", "うまれ", "誕生");

	/** 昭和23年生, 1952年生まれ: a year then birth; 生 starting a word (生活, 生徒) is not birth. */
	private static final PatternRule YEAR_BEFORE_BORN = PatternRule
		.of("(?<![\\d\\-.]|\\d/)(?<v>" + ERA_YEAR + " ?年) ?(?:生まれ|うまれ|産まれ|生(?![\\p{IsHan}]))")
		.startingAt(StartSet.runOf(StartSet.DIGIT).or(StartSet.anyOf("明大昭平令")))
		.needingDigitWithin(4)
		.onlyWith("生", "うまれ");

	/** 昭和十八年生まれ: the same in kanji numerals. */
	private static final PatternRule KANJI_YEAR_BEFORE_BORN = PatternRule
		.of("(?<v>(?:明治|大正|昭和|平成|令和) ?(?:" + KANJI_NUMBER + "|元)年) ?(?:生まれ|うまれ|産まれ|生(?![\\p{IsHan}]))")
		.startingAt(StartSet.anyOf("明大昭平令"))
		.onlyWith("生", "うまれ");

	/**
	 * "born in 1948", "born 1939", "(b. 1939)": the English birth year, as 昭和23年生まれ is
	 * the Japanese one.
	 */
	private static final PatternRule ENGLISH_YEAR = PatternRule
		.of("(?:(?i:\\bborn)(?: in|:)?|(?<![A-Za-z])b\\.) ?(?<v>(?:19|20)\\d{2})(?![\\d\\-/])")
		.startingAt(StartSet.anyOf("bB"))
		.needingDigitWithin(12)
		.onlyWith("born", "Born", "BORN", "b.");

	/** "(b. 12 March 1950)": a full date after the biographer's "b.". */
	private static final PatternRule B_DOT_DATE = PatternRule
		.of("(?<![A-Za-z])b\\. ?(?<v>" + ENGLISH_DATE + "|" + NUMERIC_DATE + ")" + NOT_AFTER)
		.startingAt(StartSet.anyOf("b"))
		.needingDigitWithin(20)
		.onlyWith("b.");

	/** Showa 22, Heisei 3 (1991), Showa 40 May 3: a Japanese era written in romaji. */
	private static final String ROMAJI_ERA = "(?:Meiji|Taisho|Taishou|Showa|Shouwa|Heisei|Reiwa) ?\\d{1,2}(?: ?nen)?(?! ?[\\d\\-])"
			+ "(?:,? (?:" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)? " + MONTH
			+ "|\\d{1,2}/\\d{1,2}))?" + "(?: ?\\((?:19|20)\\d{2}\\))?";

	/**
	 * "born Showa 15", "date of birth: Heisei 3 (1991)": an era year after a birth cue.
	 */
	private static final PatternRule ENGLISH_ERA = PatternRule
		.of("(?i:\\bborn(?: in| on)?|\\bdate of birth|\\bbirth ?date|\\bd\\.?o\\.?b\\.?|\\bbirth year|\\byear of birth|\\bbirthday)"
				+ "(?i: of (?:the |my |our )?[a-z]+)?(?: is| was)?(?: ?[:：(])? ?(?<v>" + ROMAJI_ERA + ")")
		.startingAt(StartSet.anyOf("bBdDyY"))
		.needingDigitWithin(50)
		.onlyWith("Meiji", "Taisho", "Showa", "Shouwa", "Heisei", "Reiwa");

	private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";

	/** The first … the thirty-first, in words. */
	private static final String ORDINAL_WORDS = "(?:(?:twenty|thirty)[\\- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh"
			+ "|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
			+ "|nineteenth|twentieth|thirtieth";

	/** Nineteen sixty-eight, two thousand and three: a year in words. */
	private static final String YEAR_WORDS = "(?:nineteen|twenty|two thousand(?: and)?)(?:[\\- ](?:hundred|oh|" + UNITS
			+ "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
			+ "|sixty|seventy|eighty|ninety)){0,3}";

	/**
	 * "my DOB is the twelfth of November, nineteen sixty-eight": a date of birth written
	 * all in words, after a birth cue.
	 */
	private static final PatternRule ENGLISH_WORDS = PatternRule
		.of("(?i:\\bborn(?: on)?|\\bdate of birth|\\bbirth ?date|\\bd\\.?o\\.?b\\.?|\\bbirthday)(?: is| was)?(?: ?[:：(\\-–])? ?(?<v>(?i:the )?(?i:(?:"
				+ ORDINAL_WORDS + ") (?:of )?" + MONTH + "|" + MONTH + " (?:the )?(?:" + ORDINAL_WORDS + ")),? (?i:"
				+ YEAR_WORDS + "))(?![A-Za-z])")
		.startingAt(StartSet.anyOf("bBdD"))
		.onlyWith("born", "Born", "BORN", "birth", "Birth", "BIRTH", "DOB", "dob", "Dob", "D.O.B", "d.o.b");

	/**
	 * 昭和八年生まれ、九月十日が誕生日: the year of birth, then the month and day after a comma; both
	 * halves make the date.
	 */
	private static final PatternRule YEAR_THEN_DAY = PatternRule
		.of("(?<v>(?:明治|大正|昭和|平成|令和) ?(?:" + KANJI_NUMBER + "|元|\\d{1,2})年 ?(?:生まれ|うまれ|生)[、,] ?(?:" + KANJI_NUMBER
				+ "|\\d{1,2}) ?月 ?(?:" + KANJI_NUMBER + "|\\d{1,2}) ?日)")
		.startingAt(StartSet.anyOf("明大昭平令"))
		.onlyWith("生");

	private static final List<PatternRule> RULES = List.of(AFTER_LABEL, BEFORE_BORN, ENGLISH, YEAR_BEFORE_BORN,
			ENGLISH_YEAR, B_DOT_DATE, ENGLISH_ERA);

	@Override
	public void detect(String folded, List<Finding> out) {
		List<Finding> births = new ArrayList<>();
		KANJI_AFTER_LABEL.findAll(folded, PersonalDataKind.DATE_OF_BIRTH, births);
		KANJI_BEFORE_BORN.findAll(folded, PersonalDataKind.DATE_OF_BIRTH, births);
		KANJI_YEAR_BEFORE_BORN.findAll(folded, PersonalDataKind.DATE_OF_BIRTH, births);
		ENGLISH_WORDS.findAll(folded, PersonalDataKind.DATE_OF_BIRTH, births);
		YEAR_THEN_DAY.findAll(folded, PersonalDataKind.DATE_OF_BIRTH, births);
		if (PatternRule.digitCount(folded) >= 1) {
			for (PatternRule rule : RULES) {
				rule.findAll(folded, PersonalDataKind.DATE_OF_BIRTH, births);
			}
			OtherBirthDates.find(folded, births);
		}
		out.addAll(births);
	}

}
