package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names no cue word announces, by the position a post gives them: the entries of a
 * roster written on one line (1班 …、2班 …), a lone surname signing the post at its end, a
 * surname after "I contacted you before" (以前連絡した…です), a name in brackets right after a
 * name or a relative (…さん(ジョナサン), 弟(大介、…)), a child's name before a school year or an age
 * in brackets (…(小1)), a kana name with さん in a list, a nickname ending in 坊/ぼう; in
 * English a surname after "surname", a name someone is called by, asked for, or known as
 * "from next door", a hyphenated given name after "I'm", and a name in brackets after "me
 * again".
 */
final class NamesByPosition {

	/** One entry of a roster: a group's number, then a name. */
	private static final Pattern ROSTER_ENTRY = Pattern
		.compile("(?:^|[、,，\\s:：])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})(?:班|組|号車|番)[ ：:]?"
				+ "(?<v>[一-龯々]{1,4}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})(?= ?(?:さん|様)?(?:[、,，。)）\\n]|$))");

	/** A roster has at least this many entries. */
	private static final int ROSTER_ENTRIES = 3;

	/** One word closing the post after a sentence's end or a space. */
	private static final Pattern SIGN_OFF = Pattern
		.compile("(?:[。!！?？)）]|\\s)[ ]{0,3}(?<v>[一-龯々]{2,4}|[ぁ-ゖ]{3,5})[ ]*$");

	/**
	 * A kana surname standing alone between spaces or stops before a phone's word, です or
	 * the end: spaced kana text signs so.
	 */
	private static final Pattern KANA_STANDING = Pattern
		.compile("(?:^|[\\s。、])(?<v>[ぁ-ゖ]{3,5})(?= (?:電話|でんわ|TEL|Tel|携帯|けいたい|です|と申します|より)|[ ]*$)");

	/** A ward, city or town before the word: the word is the town after it. */
	private static final Pattern PLACE_BEFORE = Pattern.compile("[区市町村][ 　]*$");

	/** A surname after a verb saying the writer got in touch before. */
	private static final Pattern CONTACTED_BEFORE = Pattern
		.compile("(?:連絡|電話|投稿|相談|通報|報告|問い合わせ|お問い合わせ|メール)(?:した|しました|いたしました|させていただいた)"
				+ "(?<v>[一-龯々]{1,4})(?=です|と申します|といいます|と言います)");

	/** A name in brackets right after a name (and its honorific). */
	private static final Pattern BRACKETED = Pattern
		.compile("\\G(?:さん|くん|君|ちゃん|様|氏)?[ ]?[(（](?<v>[一-龯々]{2,4}|[ァ-ヺー]{2,8}(?:・[ァ-ヺー]{2,8})?)[)）]");

	/** Words ending a bracket after a name that say where or what the person is. */
	private static final List<String> NOT_IN_BRACKETS = List.of("在住", "出身", "勤務", "在籍", "担当", "方面", "付近", "代表", "会長",
			"先生", "仮名", "旧姓", "通称");

	/** A relative, then the relative's name in brackets, before a comma or its close. */
	private static final Pattern KIN_BRACKET = Pattern.compile("(?:弟|妹|兄|姉|息子|娘|長男|長女|次男|次女|三男|三女|夫|妻|孫|祖母|祖父)[(（]"
			+ "(?<v>[一-龯々]{1,4}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,8})(?=[、,，)）])");

	/** A child's name before its school year or age in brackets. */
	private static final Pattern BEFORE_AGE = Pattern
		.compile("(?:^|[、・とや\\s])(?<v>[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,5}|[一-龯々]{1,3})[(（]"
				+ "(?:[小中高][1-6](?:年生?)?|[1-9]{1,2}(?:歳|才|か月|ヶ月)|年[長中少])[)）]");

	/** A kana name with さん/くん/ちゃん as an item of a list. */
	private static final Pattern LISTED_KANA = Pattern
		.compile("(?:^|[、,\\s]|(?<=さん|くん|ちゃん)・)(?<v>[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})(?=(?:さん|くん|ちゃん)[・、と,])");

	/** A nickname ending in 坊/ぼう as an item of a list or in quotes. */
	private static final Pattern BOY_NICKNAME = Pattern
		.compile("(?:^|[、・「『\\s:：])(?<v>[ぁ-ゖ]{1,3}(?:坊|ぼう))(?=[、。」』\\s)）]|$|ちゃん)");

	/** Words ending in 坊/ぼう that are no nickname. */
	private static final Set<String> NOT_NICKNAMES = Set.of("あかんぼう", "あまえんぼう", "くいしんぼう", "けちんぼう", "きかんぼう", "おこりんぼう",
			"あわてんぼう", "あかん坊", "あまえん坊", "くいしん坊", "けちん坊", "お坊", "おぼう", "でぼう", "つんぼう", "ちんぼう", "かんぼう", "しんぼう", "ぼうぼう",
			"らんぼう", "てんぼう", "よぼう", "ぜつぼう", "きぼう");

	private static final Pattern SURNAME_WORD = Pattern
		.compile("\\b(?i:surname|family name|last name)(?: is|:)? (?<v>[A-Z][a-z]{1,14}(?:-[A-Z][a-z]{1,14})?)\\b");

	private static final Pattern CALLED = Pattern.compile(
			"\\b(?:calls? me|call me|known as|goes by|go by|nickname is|nicknamed) [\"']?(?<v>[A-Z][a-z]{1,14})\\b");

	private static final Pattern ASK_FOR = Pattern
		.compile("\\b(?i:ask for|asking for) (?<v>[A-Z][a-z]{1,14})\\b(?! [A-Z])");

	private static final Pattern HYPHENATED_SELF = Pattern
		.compile("\\b(?:I'm|I am|I’m|[Tt]his is|[Mm]y name is) (?<v>[A-Z][a-z]{1,10}-[A-Za-z][a-z]{1,10})\\b");

	private static final Pattern ME_AGAIN = Pattern
		.compile("\\bme(?: again)? ?\\((?<v>[a-z]{2,12}|[A-Z][a-z]{1,12})\\)");

	private static final Pattern NEIGHBOUR = Pattern.compile("(?:^|[.!?] |, )(?<v>[A-Z][a-z]{2,12}) from (?:next door|"
			+ "upstairs|downstairs|across the (?:street|hall|road)|down the (?:street|hall|road)|the (?:next|upstairs|downstairs) "
			+ "(?:flat|apartment|room|house|unit))");

	/** Capitalised words such a cue can precede that are no name. */
	private static final Set<String> NOT_NAMES = Set.of("Help", "Details", "Information", "Info", "Someone", "Staff",
			"Me", "Him", "Her", "Them", "The", "This", "That", "Everyone", "Anyone", "Nobody", "Somebody", "Noise",
			"Guy", "Man", "Woman", "Teacher", "Sensei", "Boss", "Coach", "Doc", "Sir", "Madam", "Mum", "Mom", "Dad",
			"Grandma", "Grandpa", "Auntie", "Uncle", "Chief", "Captain", "Lady", "Kid", "Boy", "Girl", "Family",
			"Neighbour", "Neighbor", "Someone's");

	private NamesByPosition() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (TextFold.isJapanese(folded)) {
			japanese(folded, candidates);
		}
		else {
			english(folded, candidates);
		}
	}

	private static void japanese(String folded, List<Finding> candidates) {
		if (folded.indexOf('班') >= 0 || folded.indexOf('組') >= 0 || folded.indexOf('番') >= 0) {
			List<Finding> roster = new java.util.ArrayList<>();
			Matcher entry = ROSTER_ENTRY.matcher(folded);
			while (entry.find()) {
				if (!ordinary(entry.group("v"))) {
					roster.add(Found.value(PersonalDataKind.PERSON_NAME, entry));
				}
			}
			if (roster.size() >= ROSTER_ENTRIES) {
				candidates.addAll(roster);
			}
		}
		Matcher standing = KANA_STANDING.matcher(folded);
		while (standing.find()) {
			if (signingName(standing.group("v")) && !predicate(standing.group("v"))) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, standing));
			}
		}
		Matcher sign = SIGN_OFF.matcher(folded);
		if (sign.find() && signingName(sign.group("v"))
				&& !PLACE_BEFORE.matcher(folded.substring(Math.max(0, sign.start("v") - 4), sign.start("v"))).find()) {
			candidates.add(Found.value(PersonalDataKind.PERSON_NAME, sign));
		}
		if (folded.contains("した")) {
			Matcher before = CONTACTED_BEFORE.matcher(folded);
			while (before.find()) {
				if (!ordinary(before.group("v"))) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, before));
				}
			}
		}
		if (folded.indexOf('(') >= 0 || folded.indexOf('（') >= 0) {
			int size = candidates.size();
			for (int i = 0; i < size; i++) {
				Finding finding = candidates.get(i);
				if (finding.kind() != PersonalDataKind.PERSON_NAME || finding.end() >= folded.length()) {
					continue;
				}
				Matcher bracketed = BRACKETED.matcher(folded);
				bracketed.region(finding.end(), folded.length());
				if (bracketed.lookingAt() && !common(bracketed.group("v"))
						&& NOT_IN_BRACKETS.stream().noneMatch(bracketed.group("v")::endsWith)) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, bracketed));
				}
			}
			named(KIN_BRACKET, folded, candidates);
			Matcher child = BEFORE_AGE.matcher(folded);
			while (child.find()) {
				// Before a school year or an age, a kana word is a child's name even
				// where
				// the dictionary has it as a word (ゆい, はる).
				String word = child.group("v");
				if (isKana(word) ? !NameLexicon.isHiraganaGeneric(word) && !NameLexicon.isKatakanaGeneric(word)
						&& !NameLexicon.isGeneric(word) : !common(word)) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, child));
				}
			}
		}
		if (folded.contains("さん") || folded.contains("くん") || folded.contains("ちゃん")) {
			Matcher listed = LISTED_KANA.matcher(folded);
			while (listed.find()) {
				String word = listed.group("v");
				if (DictionaryNames.kanaSurname(word) || DictionaryNames.kanaGivenName(word)) {
					if (!NameLexicon.isHiraganaGeneric(word) && !NameLexicon.isKatakanaGeneric(word)) {
						candidates.add(Found.value(PersonalDataKind.PERSON_NAME, listed));
					}
				}
			}
		}
		if (folded.indexOf('坊') >= 0 || folded.contains("ぼう")) {
			Matcher nickname = BOY_NICKNAME.matcher(folded);
			while (nickname.find()) {
				if (!NOT_NICKNAMES.contains(nickname.group("v"))) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, nickname));
				}
			}
		}
	}

	private static void named(Pattern pattern, String folded, List<Finding> candidates) {
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			if (!common(matcher.group("v"))) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, matcher));
			}
		}
	}

	/**
	 * A word that closes a post as its writer's name: a surname the dictionary or the
	 * lists know, in kanji or in kana.
	 */
	private static boolean signingName(String word) {
		if (word.codePointAt(0) >= 'ぁ' && word.codePointAt(0) <= 'ゖ') {
			return DictionaryNames.kanaSurname(word) && !NameLexicon.isHiraganaGeneric(word)
					&& !JapaneseNames.HIRAGANA_WORDS.contains(word);
		}
		if (common(word)) {
			return false;
		}
		if (NameLexicon.SURNAMES.contains(word)) {
			return true;
		}
		List<Morphology.Token> tokens = Morphology.tokens(word);
		return tokens.size() == 1 && tokens.get(0).taggedSurname()
				|| tokens.size() == 2 && tokens.get(0).taggedSurname() && tokens.get(1).taggedGivenName();
	}

	/** A kana word the dictionary reads as one verb or adjective (ほしい, あそぶ). */
	private static boolean predicate(String word) {
		List<Morphology.Token> tokens = Morphology.tokens(word);
		return tokens.size() == 1 && (tokens.get(0).pos().startsWith("形容詞") || tokens.get(0).pos().startsWith("動詞"));
	}

	private static boolean isKana(String word) {
		return word.chars().allMatch((c) -> (c >= 'ぁ' && c <= 'ゖ') || (c >= 'ァ' && c <= 'ヺ') || c == 'ー');
	}

	/**
	 * A generic word or one the dictionary knows as an ordinary word; a place's or firm's
	 * name may still be a surname.
	 */
	private static boolean ordinary(String word) {
		if (NameLexicon.isGeneric(word) || NameLexicon.GENERIC_ENDINGS.stream().anyMatch(word::endsWith)) {
			return true;
		}
		List<Morphology.Token> tokens = Morphology.tokens(word);
		return tokens.isEmpty() || tokens.stream().anyMatch(Morphology.Token::commonWord);
	}

	/**
	 * A word the dictionary knows as an ordinary word, a relative's or a generic word.
	 */
	private static boolean common(String word) {
		if (NameLexicon.isGeneric(word) || NameLexicon.isHiraganaGeneric(word) || NameLexicon.isKatakanaGeneric(word)
				|| NameLexicon.GENERIC_ENDINGS.stream().anyMatch(word::endsWith)) {
			return true;
		}
		return Morphology.readsOnlyAsCommon(word);
	}

	private static void english(String folded, List<Finding> candidates) {
		english(SURNAME_WORD, folded, candidates);
		english(CALLED, folded, candidates);
		english(ASK_FOR, folded, candidates);
		english(HYPHENATED_SELF, folded, candidates);
		english(ME_AGAIN, folded, candidates);
		english(NEIGHBOUR, folded, candidates);
	}

	private static void english(Pattern pattern, String folded, List<Finding> candidates) {
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			String word = matcher.group("v");
			if (!NOT_NAMES.contains(word) && !Places.isRomajiPlace(word)
					&& !NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(word)) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, matcher));
			}
		}
	}

}
