package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags a word as a possible name where only a person's name stands, whatever its case or
 * script and whether or not any list knows it: after a sign-off (regards,\nsophie b.;
 * Cheers, Gaz), after "my gf" or "dr." in lower case, after "a man named", before
 * "family", a kana word in quotes before さん or です (「もりた」です), a word in quotes before
 * という名字, a child after 長男 and a space, a kana given name where a clause or a relation
 * starts, a kana name opening the post before です, a word in brackets after a phone, and a
 * short word that ends the post right after a phone number or an e-mail address. A name
 * after its label (名前：, 副班長：) is masked. Flagged names are hidden from the public until
 * staff decide.
 */
final class UncertainNames {

	private static final String WORD = "[A-Za-z][a-z'-]+";

	/**
	 * A sign-off, then one or two words and an initial, on the next line or after a
	 * comma, to the line's end or a bracket.
	 */
	private static final Pattern SIGN_OFF = Pattern
		.compile("(?im)(?:^|[.!] )[-–—~ ]*(?:regards|best regards|kind regards"
				+ "|best wishes|best|cheers|thanks|thank you|many thanks|sincerely|yours sincerely|yours truly|rgds|thx|signed"
				+ "|respectfully|warmly|warm regards)(?:,? ?\\n|, )(?<v>" + WORD + "(?:[ \\n]" + WORD
				+ ")?(?: [A-Za-z]\\.)?)(?= ?\\(|[ .!]*$)");

	/**
	 * A relation, a title or a person and "named", then the name in any case or in
	 * quotes.
	 */
	private static final Pattern AFTER_PERSON = Pattern
		.compile("\\b(?:(?i:my) (?:gf|bf|girlfriend|boyfriend|wife|husband"
				+ "|partner|fiancee?|son|daughter|kid|friend|mate|buddy|neighbou?r|brother|sister|mum|mom|dad|roommate|flatmate)"
				+ ",? |(?i:dr|prof|mr|mrs|ms)\\.? |(?:man|woman|guy|lady|boy|girl|kid|person|gentleman|neighbou?r|someone|fellow"
				+ "|chap|student|teacher|worker|driver|resident|tenant|officer|employee) (?:named|called) [\"“]?"
				+ "|\\b(?i:she|he)(?:'s| is) (?:called|named) [\"“]?)(?<v>[a-z][a-z'-]+"
				+ "(?: [a-z][a-z'-]+)?|[A-Z][a-z'-]+(?=[\"”]))");

	/** The X family: a capitalised word before "family" (not a family restaurant). */
	private static final Pattern FAMILY = Pattern
		.compile("\\b[Tt]he (?<v>[A-Z][a-z]+) family\\b(?! (?:restaurant|mart))");

	/** A kana word in quotes, then what follows a person: 「もりた」です, 「さかい」さん. */
	private static final Pattern QUOTED_KANA = Pattern
		.compile("「(?<v>[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,8})」(?=さん|様|くん|ちゃん|です|と申します|といいます|と言います|と名乗)");

	/** A word in quotes before という名字 or という名前の人. */
	private static final Pattern QUOTED_SURNAME = Pattern
		.compile("「(?<v>[^」\\n]{1,8})」(?:という|って)(?:名字|苗字|姓|名前の(?:人|方|男|女|子))");

	/** A short word that ends the post after a space. */
	private static final Pattern LAST_WORD = Pattern
		.compile("[ ,、]+(?<v>[ァ-ヺー]{2,8}|\\p{IsHan}{1,4}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)[ 。.!！]*$");

	/**
	 * A name label, then a name in kana or kanji of one or two words, to a mark or the
	 * line's end.
	 */
	private static final Pattern LABELLED = Pattern.compile("(?:(?<!の)お?名前|(?:私|わたし|僕|ぼく|子|息子|娘|母|父|夫|妻|孫|本人|相手|方|人)の名前"
			+ "|氏名|名義|申請者|通報者|報告者|連絡者|投稿者|記入者|相談者|依頼者|副?(?:班長|会長|部長|代表|担当者?|幹事|会計|世話人|組長)(?=[：:]))(?:は|：|:| ) *(?<v>"
			+ "(?:[ァ-ヺー]{2,8}|[ぁ-ゖ]{2,6}|\\p{IsHan}{1,4})(?: (?:[ァ-ヺー]{1,8}|[ぁ-ゖ]{1,6}|\\p{IsHan}{1,4}))?)"
			+ "(?=[ 、。,.（(\\n]|$|です|と申|といい)");

	/**
	 * A kana word that opens the post before です or と申します and reads as a name: the
	 * writer's (not いいです, トイレです).
	 */
	private static final Pattern OPENING = Pattern.compile("^(?<v>[ァ-ヺー]{2,8}|[ぁ-ゖ]{3,6})(?=です[。、!！ ]|と申します)");

	/** The same at the start of a quoted message: 留守電に「キムラです、…」. */
	private static final Pattern QUOTE_OPENING = Pattern.compile("「(?<v>[ァ-ヺー]{2,8}|[ぁ-ゖ]{3,6})(?=です[。、!！ ]|と申します)");

	/**
	 * A romanised given name and an initial in quotes or capitals, as written on things:
	 * 「YUKA.K」, "Ken.T".
	 */
	private static final Pattern NAME_DOT_INITIAL = Pattern
		.compile("(?<=[「『\"“(\\[ ]|^)(?<v>[A-Z][A-Za-z]{2,10}\\.[A-Z])(?=[」』\"”)\\] ,]|$)");

	/**
	 * A word in brackets right after a phone or an e-mail, or on the line below it: its
	 * owner, not its kind.
	 */
	private static final Pattern BRACKETED = Pattern
		.compile("[ \\n]?[（(](?<v>[ァ-ヺー]{2,8}|[ぁ-ゖ]{2,6}|\\p{IsHan}{1,4}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)[）)]");

	/** What stands in brackets after a phone but is no name: its kind or its hours. */
	private static final Pattern NOT_OWNER = Pattern.compile(".*(?:代表|内線|携帯|自宅|平日|日中|夜|昼|午前|午後|不在|留守|会社|勤務|直通|固定|事務所"
			+ "|受付|時|まで|から|母|父|夫|妻|本人|家族|娘|息子|妹|弟|姉|兄|男|女|孫|祖|親|友人|知人|家|隣)|Mobile|Home|Office|Work|Cell|Landline|Daytime|Evenings?");

	/** What a name label is followed by when the writer gives no name. */
	private static final Pattern NO_NAME = Pattern.compile(
			".*(?:不明|匿名|非公開|省略|秘密|控え|伏せ|ない|ません|した|ます|わかり|分から|知ら|駅|前|公園|通り|バス停|線|店|ビル|会|団|課|クラブ|チーム|グループ).*|.*ノカイ|.*[ァ-ヺー]{3,}(?:カイ|クラブ|クミアイ)|なし|無し|特になし|とくになし");

	/** A child or grandchild, then a name after a space or a mark: 長男 健斗. */
	private static final Pattern CHILD = Pattern.compile("(?:長男|次男|三男|二男|長女|次女|二女|三女|息子|娘|孫)[ ・:：]"
			+ "(?<v>\\p{IsHan}{1,3}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})(?=[ 、。（(\\n]|$|\\d)");

	/**
	 * A kana given name (listed, or of three kana or more read so by the dictionary)
	 * where a clause or a relation starts and a particle follows: 、ゆうきが, 友達のまなとと,
	 * うちの子、そうたが, 【解決】はると は (a space before the particle, or after a closing bracket) (not
	 * a flower that blooms or a sun that rises: さくらが咲く, あさひが昇る; not before に, which makes
	 * adverbs of ちなみ and さすが).
	 */
	private static final Pattern KANA_GIVEN = Pattern
		.compile("(?:^|[、。!?！？「（( \\n】』」]|(?:友達|友だち|娘|息子|弟|妹|兄|姉|孫|子|子ども|子供"
				+ "|長男|次男|長女|次女)(?:の|、|は))(?<v>[ぁ-ゖ]{2,5})(?= ?[がとをはも、]|の(?:自転車|担任|学校|友達|母|父|クラス))(?!.{0,3}[咲散昇沈照輝])");

	/**
	 * Short words listed with 、 and counted as people after them: あおい、そうた、ゆうまの3人 (each a
	 * name, whatever its script).
	 */
	private static final Pattern COUNTED_LIST = Pattern
		.compile("(?<![ぁ-ゖァ-ヺー\\p{IsHan}])(?<v>(?:[ぁ-ゖァ-ヺー\\p{IsHan}]{2,5}、){1,6}[ぁ-ゖァ-ヺー\\p{IsHan}]{2,5})、?(?:の|で|と)?"
				+ "(?:\\d{1,2}|[二三四五六七八九十]{1,2})(?:人|名)");

	/** What a counted list holds that is no name: relatives and people by their role. */
	private static final Pattern NOT_COUNTED = Pattern.compile(".*(?:母|父|兄|姉|弟|妹|子|孫|夫|妻|私|僕|人|者|員|長|生|さん|ちゃん|くん)");

	/**
	 * A kana word before 様 where a clause or a relation starts: 班長のさとう様. Read by the
	 * dictionary as a name; not a polite word (おつかれ様, みな様) or a shop (やおや様); not before
	 * さん, which follows みな and shops as often.
	 */
	private static final Pattern KANA_HONORIFIC = Pattern
		.compile("(?:^|[、。!?！？ \\n：:「（(]|の)(?<v>[ぁ-ゖ&&[^おご]][ぁ-ゖ]{1,4})(?=様)(?<!や)");

	/**
	 * A word in brackets that closes a request: こちらに連絡お願いします（緑川）, the writer's name.
	 */
	private static final Pattern AFTER_REQUEST = Pattern
		.compile("(?:お願いします|お願いいたします|ください|下さい|よろしく)。?[(（](?<v>[ァ-ヺー]{2,8}|[ぁ-ゖ]{2,6}|\\p{IsHan}{1,4})[)）]");

	/** Words a sign-off or a relation is followed by that are no name. */
	private static final Set<String> NOT_NAMES = Set.of("a", "all", "again", "also", "and", "any", "anyone", "everyone",
			"everybody", "folks", "for", "guys", "in", "is", "it", "kindly", "lot", "much", "so", "the", "team", "to",
			"very", "you", "your", "who", "was", "has", "had", "but", "said", "says", "lives", "got", "are", "were",
			"will", "can", "who's", "advance", "city", "staff", "hall", "office", "officer", "from", "at", "of", "on",
			"with", "this", "that", "there", "here", "just", "really", "too", "bye", "later", "soon", "everyone's",
			"regards", "wishes", "best", "mate", "luck", "heaps", "loads", "again!");

	/** What ends a post after a contact but is no name. */
	private static final Pattern NOT_LAST = Pattern
		.compile(".*(?:駅|区|町|市|前|付近|辺り|方面|です|ます|まで|より|から|宛|様|さん|ください|お願い|以上)$"
				+ "|Thanks|Thank|Please|Regards|Cheers|Best|Sincerely|Station|Ward");

	private static final int CONTACT_REACH = 3;

	private static final int TAIL = 24;

	private UncertainNames() {
	}

	static void add(String folded, List<Finding> candidates) {
		// The English patterns try many words at every word's start; most posts hold
		// none of the words they need, and a look for those is cheap.
		String lower = folded.toLowerCase(Locale.ROOT);
		if (containsAny(lower, "regard", "best", "cheers", "thank", "sincerely", "yours", "rgds", "thx", "signed",
				"respectfully", "warmly")) {
			flagAll(folded, SIGN_OFF, false, candidates);
		}
		if (containsAny(lower, "my ", "dr.", "dr ", "prof", "mr.", "mr ", "mrs", "ms.", "ms ", "named", "called")) {
			flagAll(folded, AFTER_PERSON, true, candidates);
		}
		// The Japanese patterns each need a kana or a kanji; an English post has none.
		if (TextFold.isJapanese(folded)) {
			flagAll(folded, QUOTED_KANA, false, candidates);
			flagAll(folded, QUOTED_SURNAME, false, candidates);
		}
	}

	/**
	 * Adds the names whose place is surer than the filters for places and firms: a name
	 * after its label (masked), a child's name, the X family, and a word that ends the
	 * post after a phone or e-mail (…090-… ヨシダ, where ヨシダ is also a town).
	 */
	static void addAfterFilters(String folded, List<Finding> candidates) {
		if (folded.contains("family")) {
			flagAll(folded, FAMILY, false, candidates);
		}
		if (folded.indexOf('.') >= 0) {
			Matcher initial = NAME_DOT_INITIAL.matcher(folded);
			while (initial.find()) {
				String word = initial.group("v").substring(0, initial.group("v").indexOf('.'));
				if (nameShaped(word)) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, initial, Confidence.FLAGGED));
				}
			}
		}
		// Labels, children and kana names each need a kana or a kanji: an English post
		// skips their patterns, which try every char (round 12's English cost).
		if (TextFold.isJapanese(folded)) {
			addJapanese(folded, candidates);
		}
		for (Finding finding : List.copyOf(candidates)) {
			if (finding.kind() == PersonalDataKind.PHONE || finding.kind() == PersonalDataKind.EMAIL) {
				Matcher owner = BRACKETED.matcher(folded).region(finding.end(), folded.length());
				if (owner.lookingAt() && !NOT_OWNER.matcher(owner.group("v")).matches()) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, owner, Confidence.FLAGGED));
				}
			}
		}
		lastWordAfterContact(folded, candidates);
	}

	private static void addJapanese(String folded, List<Finding> candidates) {
		List<Finding> labelled = new ArrayList<>();
		Matcher label = LABELLED.matcher(folded);
		while (label.find()) {
			// 投稿者：小倉北区 上到津 在住: what stands before 在住 is where the writer lives.
			boolean residence = folded.startsWith("在住", label.end("v")) || folded.startsWith(" 在住", label.end("v"));
			if (!NO_NAME.matcher(label.group("v")).matches() && !residence) {
				labelled.add(Found.value(PersonalDataKind.PERSON_NAME, label));
			}
		}
		// A pet's name has a label too (犬の名前はチョコ).
		PetNames.removePets(folded, labelled);
		candidates.addAll(labelled);
		flagAll(folded, CHILD, false, candidates);
		Matcher opening = OPENING.matcher(folded);
		if (opening.find() && (DictionaryNames.kanaSurname(opening.group("v"))
				|| DictionaryNames.kanaGivenName(opening.group("v")))) {
			candidates.add(new Finding(PersonalDataKind.PERSON_NAME, 0, opening.end("v"), Confidence.FLAGGED));
		}
		// Each pattern below tries every char: only where its word is in the post.
		Matcher counted = COUNTED_LIST.matcher(folded);
		while ((folded.indexOf('人') >= 0 || folded.indexOf('名') >= 0) && folded.indexOf('、') >= 0 && counted.find()) {
			int at = counted.start("v");
			for (String word : counted.group("v").split("、")) {
				if (!NOT_COUNTED.matcher(word).matches()) {
					candidates
						.add(new Finding(PersonalDataKind.PERSON_NAME, at, at + word.length(), Confidence.FLAGGED));
				}
				at += word.length() + 1;
			}
		}
		Matcher quoted = QUOTE_OPENING.matcher(folded);
		while (folded.indexOf('「') >= 0 && quoted.find()) {
			if (DictionaryNames.kanaSurname(quoted.group("v")) || DictionaryNames.kanaGivenName(quoted.group("v"))) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, quoted, Confidence.FLAGGED));
			}
		}
		Matcher honorific = KANA_HONORIFIC.matcher(folded);
		while (folded.indexOf('様') >= 0 && honorific.find()) {
			String word = honorific.group("v");
			if (!word.equals("みな") && (DictionaryNames.kanaSurname(word) || DictionaryNames.kanaGivenName(word))) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, honorific, Confidence.FLAGGED));
			}
		}
		Matcher request = AFTER_REQUEST.matcher(folded);
		while (folded.indexOf('(') >= 0 && request.find()) {
			// Not its hours or whom to ask for (平日, 母).
			if (!NOT_OWNER.matcher(request.group("v")).matches()) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, request, Confidence.FLAGGED));
			}
		}
		Matcher kana = KANA_GIVEN.matcher(folded);
		while (kana.find()) {
			String word = kana.group("v");
			if (JapaneseNames.KANA_GIVEN_NAMES.contains(word) || (word.length() >= 3
					&& DictionaryNames.kanaGivenName(word) && !JapaneseNames.HIRAGANA_WORDS.contains(word))) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, kana, Confidence.FLAGGED));
			}
		}
	}

	/**
	 * Flags each match's name; a second word joins it only when it is shaped like a name
	 * or is an initial. With {@code listed}, a word in lower case must be shaped like a
	 * name too.
	 */
	private static void flagAll(String folded, Pattern pattern, boolean listed, List<Finding> candidates) {
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			String[] words = matcher.group("v").split("[ \\n]");
			String first = words[0];
			if (NOT_NAMES.contains(first.toLowerCase(Locale.ROOT)) || (pattern != FAMILY && Places.isRomajiPlace(first))
					|| (listed && Character.isLowerCase(first.charAt(0)) && !nameShaped(first))) {
				continue;
			}
			int end = matcher.start("v") + first.length();
			if (words.length > 1 && (nameShaped(words[1]) || words[1].matches("[A-Za-z]\\.")
					|| (!listed && !NOT_NAMES.contains(words[1].toLowerCase(Locale.ROOT))))) {
				end = matcher.start("v") + first.length() + 1 + words[1].length();
				if (words.length > 2) {
					end = matcher.end("v");
				}
			}
			candidates.add(new Finding(PersonalDataKind.PERSON_NAME, matcher.start("v"), end, Confidence.FLAGGED));
		}
	}

	private static boolean containsAny(String lower, String... words) {
		for (String word : words) {
			if (lower.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** A word listed as a name or shaped like romaji, in whatever case it was typed. */
	private static boolean nameShaped(String word) {
		if (word.length() < 2) {
			return false;
		}
		String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
		return LatinWords.isGiven(capitalised) || LatinWords.isSurname(capitalised)
				|| LatinWords.romajiShaped(capitalised);
	}

	/**
	 * A word alone at the post's end, a few chars after a phone or e-mail on its line.
	 */
	private static void lastWordAfterContact(String folded, List<Finding> candidates) {
		// Only the post's tail: a long run of spaces would cost a search from every one
		// of them.
		Matcher last = LAST_WORD.matcher(folded).region(Math.max(0, folded.length() - TAIL), folded.length());
		if (!last.find() || NOT_LAST.matcher(last.group("v")).matches()) {
			return;
		}
		int line = folded.lastIndexOf('\n', last.start()) + 1;
		boolean latin = last.group("v").charAt(0) < 'z';
		if (latin && Places.isRomajiPlace(last.group("v").split(" ")[0])) {
			return;
		}
		for (Finding finding : List.copyOf(candidates)) {
			// After an address, a Latin word is as often its town (…, Tobata) as a name.
			boolean contact = finding.kind() == PersonalDataKind.PHONE || finding.kind() == PersonalDataKind.EMAIL
					|| (finding.kind() == PersonalDataKind.POSTAL_ADDRESS && !latin);
			if (contact && finding.start() >= line && finding.end() <= last.start("v")
					&& last.start("v") - finding.end() <= CONTACT_REACH + 2) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, last, Confidence.FLAGGED));
				return;
			}
		}
	}

}
