package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Japanese names that a post places where only a person stands: a surname signing
 * with より, a surname to ask for after a phone (…の福田まで), a name after a poster's label
 * (投稿：…), a name before という若者 or after 名乗る, a relative's label and a space before a name
 * (娘 …), a name before a bracket with a relative and an age (…（娘、3歳）), the entries of a
 * bracketed list after children or friends, a weekday rota, an initial before a katakana
 * surname, a surname before a found given name, a given name after a reading in brackets,
 * and a katakana name joined by と to a found name.
 */
final class SignedAndListedNames {

	private static final String NAME = "(?<v>[一-龯々]{1,4}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,8})";

	/** A surname signing with より in brackets, after a stop or after 住人の. */
	private static final Pattern FROM_SIGNATURE = Pattern
		.compile("(?:^|[(（、。\\s]|の)(?<v>[一-龯々]{1,4}|[ァ-ヺー]{2,6})より(?=[、。,)）!！\\s]|$)");

	/** After a phone: the surname to ask for, with まで. */
	private static final Pattern ASK_AFTER_PHONE = Pattern
		.compile("\\G(?:です|でした)?[、。 ]{0,2}(?:の)?[ ]?(?<v>[一-龯々]{1,4})(?:さん)?まで");

	/** A poster's or writer's label before a name. */
	private static final Pattern POSTER_LABEL = Pattern
		.compile("(?:投稿者?|書き込み|記入者?|送信者|差出人|文責)[ ]?[:：][ ]?" + NAME + "(?=[、。,)）]|$)");

	/** A name before という and a word for a person, or in quotes before 名乗る. */
	private static final Pattern CALLED_PERSON = Pattern
		.compile("(?:^|[のはがを、。\\s「『])" + NAME + "(?:という|って|と名乗る|と名のる)(?:若者|人|男|女|男性|女性|少年|少女|子|青年|おじさん|おばさん|老人|方|外国人)");

	private static final Pattern QUOTED_SELF_NAMED = Pattern.compile("[「『]" + NAME + "[」』]と(?:名乗|名の)");

	/** A relative's label, a space and a name, as a form lists them. */
	private static final Pattern KIN_LABEL = Pattern
		.compile("(?:^|[\\s。、])(?:娘|息子|長男|長女|次男|次女|三男|三女|夫|妻|母|父|祖母|祖父|孫|兄|姉|弟|妹)[ ]" + NAME + "(?=[ 、。]|$)");

	/** A name before a bracket saying which relative it is. */
	private static final Pattern BEFORE_KIN_BRACKET = Pattern
		.compile("(?:^|[、。\\s])" + NAME + "[(（](?:娘|息子|長男|長女|次男|次女|三男|三女|夫|妻|孫|弟|妹|兄|姉)[、,，)）]");

	/** Children or friends, then their names in a bracketed list. */
	private static final Pattern PEOPLE_LIST = Pattern
		.compile("(?:子どもたち|子供たち|子ども達|子供達|子どもら|孫たち|孫達|友達|友だち|友人たち|友人|兄弟|姉妹|きょうだい|メンバー)[(（]" + "([^()（）\\n]{2,40})[)）]");

	private static final Pattern LIST_ITEM = Pattern.compile("[一-龯々]{1,4}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,8}");

	/** One weekday of a rota and its name. */
	private static final Pattern ROTA_DAY = Pattern
		.compile("(?:^|[/、,:\\s])[月火水木金土日](?:曜日?)?[ :：]+" + NAME + "(?=[ ]*(?:[／/、,\\n]|$))");

	/** A rota has at least this many days. */
	private static final int ROTA_DAYS = 3;

	private static final Pattern ERA_AFTER_SPACE = Pattern.compile(" +(?:平成|昭和|令和|大正)");

	/** A katakana word with an honorific. */
	private static final Pattern KATAKANA_HONOURED = Pattern.compile("(?<![ァ-ヺー・=])(?<v>[ァ-ヺー]{2,5})(?=さん|くん|君|ちゃん)");

	/** An initial and its stop right before a name. */
	private static final Pattern INITIAL = Pattern.compile("(?<![A-Za-z])[A-Z][.・][ ]?$");

	/** A reading in brackets after a name, then the given name. */
	private static final Pattern AFTER_READING = Pattern
		.compile("\\G[(（][ぁ-ゖァ-ヺー]{2,8}[)）][ ]?(?<v>[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,5}|[一-龯々]{1,3})(?=[ 、。]|$)");

	/** A katakana name joined by と to a name found. */
	private static final Pattern JOINED = Pattern.compile("\\Gと(?<v>[ァ-ヺー]{2,8})(?=と|、|,|の)");

	private SignedAndListedNames() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (!TextFold.isJapanese(folded)) {
			return;
		}
		if (folded.contains("より")) {
			Matcher from = FROM_SIGNATURE.matcher(folded);
			while (from.find()) {
				if (surname(from.group("v"))) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, from));
				}
			}
		}
		if (folded.indexOf(':') >= 0 || folded.indexOf('：') >= 0) {
			masked(POSTER_LABEL, folded, candidates, true);
		}
		if (folded.contains("という") || folded.contains("って") || folded.contains("名乗") || folded.contains("名の")) {
			masked(CALLED_PERSON, folded, candidates, true);
			masked(QUOTED_SELF_NAMED, folded, candidates, false);
		}
		// A relative's label or bracket says a person is named, even by a word the
		// dictionary also knows (つくし, 千尋).
		masked(KIN_LABEL, folded, candidates, false);
		if (folded.indexOf('(') >= 0 || folded.indexOf('（') >= 0) {
			masked(BEFORE_KIN_BRACKET, folded, candidates, false);
			peopleList(folded, candidates);
		}
		if (folded.indexOf('/') >= 0) {
			rota(folded, candidates);
		}
		if (folded.contains("平成") || folded.contains("昭和") || folded.contains("令和") || folded.contains("大正")) {
			cutBeforeEras(folded, candidates);
		}
		if (folded.contains("さん") || folded.contains("くん") || folded.contains("君") || folded.contains("ちゃん")) {
			honouredGivenNames(folded, candidates);
		}
		int size = candidates.size();
		for (int i = 0; i < size; i++) {
			Finding finding = candidates.get(i);
			if (finding.kind() == PersonalDataKind.PHONE) {
				Matcher ask = ASK_AFTER_PHONE.matcher(folded).region(finding.end(), folded.length());
				if (ask.lookingAt() && surname(ask.group("v"))) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, ask));
				}
			}
			else if (finding.kind() == PersonalDataKind.PERSON_NAME) {
				around(folded, finding, candidates);
			}
		}
	}

	/** What stands right before and after a name found. */
	private static void around(String folded, Finding finding, List<Finding> candidates) {
		Matcher initial = INITIAL.matcher(folded).region(Math.max(0, finding.start() - 4), finding.start());
		if (initial.find() && isKatakana(folded.charAt(finding.start()))) {
			candidates.add(new Finding(PersonalDataKind.PERSON_NAME, initial.start(), finding.end()));
		}
		int run = finding.start();
		while (run > 0 && finding.start() - run < 3 && isKanji(folded.charAt(run - 1))) {
			run--;
		}
		if (run < finding.start() && isKatakana(folded.charAt(finding.start()))
				&& surname(folded.substring(run, finding.start()))) {
			// 増田シゲル: a kanji surname and a katakana given name are written together.
			candidates.add(new Finding(PersonalDataKind.PERSON_NAME, run, finding.end()));
		}
		Matcher reading = AFTER_READING.matcher(folded).region(finding.end(), folded.length());
		if (reading.lookingAt() && givenName(reading.group("v"))) {
			candidates.add(Found.value(PersonalDataKind.PERSON_NAME, reading));
		}
		Matcher joined = JOINED.matcher(folded).region(finding.end(), folded.length());
		if (joined.lookingAt() && !NameLexicon.isKatakanaGeneric(joined.group("v")) && !common(joined.group("v"))) {
			candidates.add(Found.value(PersonalDataKind.PERSON_NAME, joined));
		}
	}

	/**
	 * A given name in katakana with an honorific is a person (マサルさん); shops and firms
	 * with さん are written with words the given names do not list.
	 */
	private static void honouredGivenNames(String folded, List<Finding> candidates) {
		Matcher honoured = KATAKANA_HONOURED.matcher(folded);
		while (honoured.find()) {
			String word = honoured.group("v");
			Finding found = Found.value(PersonalDataKind.PERSON_NAME, honoured);
			// The whole word, not its end, is checked against the generic words: マサル
			// ends in サル.
			if (DictionaryNames.kanaGivenName(word) && !DictionaryNames.kanaSurname(word)
					&& !NameLexicon.KATAKANA_GENERIC.contains(word) && !PetNames.isPet(folded, found)
					&& !Businesses.isBusinessWord(word)) {
				candidates.add(found);
			}
		}
	}

	/**
	 * A name another rule ran on over a space into an era's date (娘 千尋 平成…) ends at the
	 * space: the longer date would otherwise win the span and leave the name unsure.
	 */
	private static void cutBeforeEras(String folded, List<Finding> candidates) {
		for (int i = 0; i < candidates.size(); i++) {
			Finding finding = candidates.get(i);
			if (finding.kind() != PersonalDataKind.PERSON_NAME) {
				continue;
			}
			Matcher era = ERA_AFTER_SPACE.matcher(finding.in(folded));
			if (era.find() && era.start() > 0) {
				candidates.set(i, finding.over(finding.start(), finding.start() + era.start()));
			}
		}
	}

	/** Each item of a bracketed list after children or friends that is no common word. */
	private static void peopleList(String folded, List<Finding> candidates) {
		Matcher list = PEOPLE_LIST.matcher(folded);
		while (list.find()) {
			String items = list.group(1);
			if (!items.contains("、") && !items.contains("・") && !items.contains(",")) {
				continue;
			}
			int at = list.start(1);
			for (String item : items.split("[、・,，]", -1)) {
				String name = item.strip();
				int start = at + item.indexOf(name.isEmpty() ? item : name);
				at += item.length() + 1;
				if (!name.isEmpty() && LIST_ITEM.matcher(name).matches() && !NameLexicon.isGeneric(name)
						&& !NameLexicon.isKatakanaGeneric(name) && !place(name)) {
					candidates.add(new Finding(PersonalDataKind.PERSON_NAME, start, start + name.length()));
				}
			}
		}
	}

	/** The names of a weekday rota, when at least two of its days name someone found. */
	private static void rota(String folded, List<Finding> candidates) {
		List<Finding> days = new ArrayList<>();
		Matcher day = ROTA_DAY.matcher(folded);
		while (day.find()) {
			days.add(Found.value(PersonalDataKind.PERSON_NAME, day));
		}
		if (days.size() < ROTA_DAYS) {
			return;
		}
		long named = days.stream().filter((d) -> foundName(candidates, d)).count();
		if (named < 2) {
			return;
		}
		// Days that name someone found make the rota a list of people: its other
		// entries are names even where the dictionary knows the word (よしだ, チョウ).
		for (Finding d : days) {
			String word = d.in(folded);
			if (!NameLexicon.isGeneric(word) && !NameLexicon.isHiraganaGeneric(word)
					&& !NameLexicon.isKatakanaGeneric(word) && !place(word)) {
				candidates.add(d);
			}
		}
	}

	private static boolean foundName(List<Finding> candidates, Finding span) {
		for (Finding finding : candidates) {
			if (finding.kind() == PersonalDataKind.PERSON_NAME && finding.overlaps(span.start(), span.end())) {
				return true;
			}
		}
		return false;
	}

	private static void masked(Pattern pattern, String folded, List<Finding> candidates, boolean dictionary) {
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			String word = matcher.group("v");
			if (!(dictionary ? common(word) : NameLexicon.isGeneric(word)) && !NameLexicon.isHiraganaGeneric(word)
					&& !NameLexicon.isKatakanaGeneric(word)) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, matcher));
			}
		}
	}

	/** A surname the lists or the dictionary know. */
	private static boolean surname(String word) {
		if (NameLexicon.isGeneric(word)) {
			return false;
		}
		if (NameLexicon.SURNAMES.contains(word) || JapaneseNames.SURNAMES.contains(word)
				|| DictionaryNames.kanaSurname(word)) {
			return true;
		}
		List<Morphology.Token> tokens = Morphology.tokens(word);
		return tokens.size() == 1 && tokens.get(0).taggedSurname();
	}

	private static boolean givenName(String word) {
		if (JapaneseNames.GIVEN_NAMES.contains(word) || JapaneseNames.KANA_GIVEN_NAMES.contains(word)
				|| DictionaryNames.kanaGivenName(word)) {
			return !NameLexicon.isHiraganaGeneric(word);
		}
		List<Morphology.Token> tokens = Morphology.tokens(word);
		return tokens.size() == 1 && tokens.get(0).taggedGivenName();
	}

	/** A word the dictionary reads only as ordinary words, places or firms. */
	private static boolean common(String word) {
		return NameLexicon.isGeneric(word) || Morphology.readsOnlyAsCommon(word);
	}

	private static boolean place(String word) {
		List<Morphology.Token> tokens = Morphology.tokens(word);
		return !tokens.isEmpty() && tokens.stream().allMatch(Morphology.Token::taggedPlace);
	}

	private static boolean isKanji(char c) {
		return (c >= '一' && c <= '龯') || c == '々';
	}

	private static boolean isKatakana(char c) {
		return c >= 'ァ' && c <= 'ヺ';
	}

}
