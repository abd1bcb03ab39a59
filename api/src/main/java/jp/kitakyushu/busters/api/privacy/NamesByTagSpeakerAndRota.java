package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 34: Japanese names still visible, found by what a name is written on or beside: a
 * kin or parent word with the name in brackets, a child's name before ママ or パパ as a chat
 * handle, a chat's speaker at a line's head, a door plate, name tag or graffiti in
 * quotes, a guessed reading with a question mark, a staff name after an office, a role
 * word before a name, a signature in the last bracket, and a rota's slots.
 */
final class NamesByTagSpeakerAndRota {

	/** One word of a name in one script. */
	private static final String WORD = "(?:[一-龥々]{1,4}|[ァ-ヺ][ァ-ヺー]{1,7}|[ぁ-ゖ][ぁ-ゖー]{1,5})";

	/** A name: a word, or a family and given name apart by a space. */
	private static final String NAME = "(?<name>" + WORD + "(?:[ 　]" + WORD + ")?)";

	/** What may follow a name word: no more letters of a script. */
	private static final String END = "(?![一-龥々ァ-ヺーぁ-ゖ])";

	/** Kin and parent words the writer follows with the person's name in brackets. */
	private static final Pattern KIN_BRACKET = Pattern.compile(
			"(?:ママ|パパ|ばあば|じいじ|ばぁば|じぃじ|おばあちゃん|おじいちゃん|お母さん|お父さん|母|父|兄|姉|弟|妹|息子|娘|妻|夫|嫁|孫|祖母|祖父|長男|長女|次男|次女|三男|三女|奥さん|旦那)[ 　]?[（(]"
					+ NAME + "[）)]");

	/**
	 * A child's or pet-free given name before ママ or パパ, a parent's handle in a group chat
	 * or a signature (あおいママ：, （もも母）).
	 */
	private static final Pattern PARENT_HANDLE = Pattern.compile(
			"(?<![ぁ-ゖァ-ヺー一-龥々])(?<name>[ぁ-ゖ][ぁ-ゖー]{1,4}|[ァ-ヺ][ァ-ヺー]{1,4})(?<suffix>ママ|パパ|母さん|母|父)(?=[ 　]?[：:]|[）)」]|[ 　]*$|\\n)");

	/**
	 * Katakana and hiragana words before ママ/パパ that say what kind of parent, not whose.
	 */
	private static final Pattern PARENT_KIND = Pattern.compile(
			"シングル|ワーキング|プレ|ギャル|ヤング|ステップ|ホスト|ベテラン|ルーキー|イクメン|キャリア|ドッグ|ニャン|ワン|ちび|うち|よそ|みんな|わが|新米|ぼく|わたし|あたし|おれ|まま|ぱぱ");

	/** A speaker's word at a line's head, before a colon. */
	private static final Pattern SPEAKER = Pattern
		.compile("(?m)^(?<name>[ぁ-ゖ][ぁ-ゖー]{1,5}|[ァ-ヺ][ァ-ヺー]{1,7})(?:ちゃん|くん|さん)?[ 　]?[：:](?![0-9０-９])");

	/**
	 * Any line starting with a short label before a colon, as chat lines and forms do.
	 */
	private static final Pattern LINE_LABEL = Pattern.compile("(?m)^[^\\n：:]{1,12}[：:]");

	/**
	 * A name quoted from what it is written on: a door plate, name tag, sticker or
	 * collar, a caller's list or graffiti.
	 */
	private static final Pattern TAG_BEFORE = Pattern
		.compile("(?:表札|名札|ネームプレート|ネーム|名前シール|名前|なまえ|首輪|呼び出し|申請者名|名義|落書き|シール|待ち受け)(?:に|は|が|で|の|には|も)?[^「\\n。]{0,4}「"
				+ NAME + "(?:様|さま|さん|くん|ちゃん)?」");

	/** A quoted name the words after it say was written or called. */
	private static final Pattern TAG_AFTER = Pattern
		.compile("「" + NAME + "(?:様|さま|さん|くん|ちゃん)?」(?:と|って)(?:いう|の)?[^。\\n]{0,4}(?:表札|名札|名前|シール|書い|書か|呼ば|呼び|名乗|あり)");

	/** Graffiti and stickers pairing or boasting names (X参上, XLOVEY, X＆Y). */
	private static final Pattern GRAFFITI = Pattern.compile(
			"「(?<name>[ぁ-ゖ][ぁ-ゖー]{1,5}|[ァ-ヺ][ァ-ヺー]{1,7}|[一-龥々]{1,4})(?:参上|LOVE|love|Love|❤|♡|＆|&)|(?:LOVE|love|Love|❤|♡|＆|&)(?<other>[ぁ-ゖ][ぁ-ゖー]{1,5}|[ァ-ヺ][ァ-ヺー]{1,7})」");

	/** A kana name quoted with an honorific, as a caller or owner is named. */
	private static final Pattern QUOTED_HONORIFIC = Pattern
		.compile("「(?<name>[ァ-ヺ][ァ-ヺー]{1,7}|[ぁ-ゖ][ぁ-ゖー]{1,5})(?:様|さま|さん)」");

	/** A kana name guessed with a question mark (ビンさん?, （ゆうき？）). */
	private static final Pattern GUESSED = Pattern.compile(
			"(?<![ぁ-ゖァ-ヺー])(?<name>[ぁ-ゖ][ぁ-ゖー]{1,5}|[ァ-ヺ][ァ-ヺー]{1,7})(?:さん|くん|ちゃん)[?？]|[（(](?<bare>[ぁ-ゖ][ぁ-ゖー]{1,5}|[ァ-ヺ][ァ-ヺー]{1,7})[?？][）)]");

	/**
	 * A katakana staff or caller's name after the office it speaks for, or a false name.
	 */
	private static final Pattern OFFICE_STAFF = Pattern.compile(
			"(?:課|係|室|所|センター|市役所|区役所|役場|会社|協会|事務局|事務所|支所|窓口)の(?<name>[ァ-ヺ][ァ-ヺー]{1,7})(?=です|と申|と言|という|と名乗|でございます)|名乗る(?<other>[ァ-ヺ][ァ-ヺー]{1,7})(?=という|と|です|[、。])|(?<![ァ-ヺー])(?<third>[ァ-ヺ][ァ-ヺー]{1,7})(?=と名乗る|という(?:男|女|人))");

	/** A role word before a name, as a notice signs its organiser or helper. */
	private static final Pattern ROLE_NAME = Pattern
		.compile("(?:実行委員|委員長|委員|副会長|町内会長|自治会長|会長|会計|書記|担当|代表|ドライバー|ヘルパー|大家|利用者|班長|管理人|世話役|民生委員)(?:の|[ 　])?" + NAME
				+ END + "(?=です|まで|より|から|宛|あて|[ 　]*$|[ 　]*\\n|[ 　]*[（(0-9０-９])");

	/** A signature in the last bracket of a post: （しまだ、高校2年）, （杉山、若松区）. */
	private static final Pattern END_SIGN = Pattern.compile("[（(](?=[^（）()\\n]{2})" + NAME
			+ "(?:ママ|パパ|母|父)?(?:[、,・][^（）()\\n]{1,14})?[）)][ 　。]*$|[（(][^（）()\\n、,・]{1,10}[・、,]"
			+ NAME.replace("name", "other")
			+ "(?:ママ|パパ|母|父)[）)][ 　。]*$|\\n(?<third>[ぁ-ゖ][ぁ-ゖー]{1,4})(?:ママ|パパ|母|父)[ 　]*$");

	/**
	 * A rota's slot label: a number with a unit, an ordinal, a weekday, a time, a circled
	 * number, a bare number before a space or an attendance mark.
	 */
	private static final String SLOT = "(?:[0-9０-９]{1,3}(?:班|週|番|年|組|月|日)|第[0-9０-９一二三四五]{1,2}(?:週|土曜|日曜|班|[月火水木金土日]曜)|[月火水木金土日](?:曜日?)?|[0-9０-９]{1,2}[:：][0-9０-９]{2}|[①-⑳]|[0-9０-９]{1,2}(?=[ 　])|[〇○◯×△])";

	/** A slot label, then a name standing alone in the slot. */
	private static final Pattern ROTA = Pattern
		.compile("(?m)(?:^|[、，,→\\n]|[ 　]{1,2})[ 　]*" + SLOT + "[ 　:：]*(?:[0-9０-９]{3,4}[ 　])?" + NAME + END
				+ "(?=[ 　]*(?:済|未|◯|○|〇|✓|×|△)?[ 　]*(?:$|\\n|、|，|,|→|[ 　][0-9０-９〜~]|[ 　]*[（(]))");

	/** A name then an attendance mark at a line's head (たなか◯). */
	private static final Pattern MARKED = Pattern
		.compile("(?m)^(?<name>[ぁ-ゖ][ぁ-ゖー]{1,5}|[ァ-ヺ][ァ-ヺー]{1,7})[ 　]?(?:◯|○|〇|✓|×|△)");

	/** Slot labels in the post, counted to tell a rota from one numbered sentence. */
	private static final Pattern SLOT_ANYWHERE = Pattern.compile("(?m)(?:^|[、，,→\\n]|[ 　])[ 　]*" + SLOT + "[ 　:：]");

	/** Animals whose tags and names a post may quote. */
	private static final Pattern ANIMALS = Pattern.compile("犬|猫|ねこ|ネコ|イヌ|いぬ|ニワトリ|鶏|インコ|ハムスター|うさぎ|ウサギ|ペット|飼");

	/** Words that fill a slot or head a line without being anyone's name. */
	private static final Set<String> NON_NAMES = Set.of("あき", "みんな", "ぜんいん", "なし", "みてい", "メモ", "メール", "アドレス", "テーマ",
			"ルール", "ポイント", "コメント", "タイトル", "エリア", "コース", "プラン", "スタッフ", "リーダー", "メンバー", "ゲスト", "ホスト", "ママ", "パパ",
			"せんせい", "ばあば", "じいじ", "ちち", "はは", "あに", "あね", "おとうと", "いもうと", "まま", "ぱぱ", "ひる", "よる", "あさ", "ゆうがた", "ごぜん",
			"ごご", "つぎ", "まえ", "あと", "いま", "きょう", "あした", "あす", "きのう");

	private static final int MAX_TEXT = 5000;

	private NamesByTagSpeakerAndRota() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (folded.length() > MAX_TEXT || !hasKana(folded)) {
			return;
		}
		List<Finding> added = new ArrayList<>();
		each(KIN_BRACKET, folded, candidates, added, true);
		for (Matcher m = PARENT_HANDLE.matcher(folded); m.find();) {
			if (PARENT_KIND.matcher(m.group("name")).matches()) {
				continue;
			}
			if (name(m.group("name"), true)) {
				// The handle is one value (あおいママ): grow over a name found inside it.
				addHandle(candidates, added, m.start("name"), m.end("suffix"));
			}
		}
		speakers(folded, candidates, added);
		// A pet's collar, tag and call name read like a person's: not in a post about an
		// animal.
		boolean animal = PetNames.petPost(folded) || ANIMALS.matcher(folded).find();
		if (!animal) {
			each(TAG_BEFORE, folded, candidates, added, false);
			each(TAG_AFTER, folded, candidates, added, false);
		}
		each(GRAFFITI, folded, candidates, added, true);
		each(QUOTED_HONORIFIC, folded, candidates, added, true);
		each(GUESSED, folded, candidates, added, true);
		each(OFFICE_STAFF, folded, candidates, added, true);
		each(ROLE_NAME, folded, candidates, added, false);
		if (!animal) {
			each(END_SIGN, folded, candidates, added, false);
		}
		if (count(SLOT_ANYWHERE, folded) >= 2) {
			each(ROTA, folded, candidates, added, false);
		}
		if (count(MARKED, folded) >= 2) {
			each(MARKED, folded, candidates, added, false);
		}
		Found.addUnlessLookAlikes(folded, candidates, added);
	}

	private static boolean hasKana(String folded) {
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (c >= 'ぁ' && c <= 'ヺ') {
				return true;
			}
		}
		return false;
	}

	/**
	 * A chat's speakers: kana words heading two or more lines of a post whose lines are
	 * labelled.
	 */
	private static void speakers(String folded, List<Finding> candidates, List<Finding> added) {
		if (folded.indexOf('：') < 0 && folded.indexOf(':') < 0 || count(LINE_LABEL, folded) < 3) {
			return;
		}
		each(SPEAKER, folded, candidates, added, true);
	}

	private static int count(Pattern pattern, String folded) {
		int n = 0;
		for (Matcher m = pattern.matcher(folded); m.find();) {
			n++;
		}
		return n;
	}

	private static void each(Pattern pattern, String folded, List<Finding> candidates, List<Finding> added,
			boolean cued) {
		for (Matcher m = pattern.matcher(folded); m.find();) {
			for (String group : List.of("name", "other", "third", "bare")) {
				int start;
				try {
					start = m.start(group);
				}
				catch (IllegalArgumentException ex) {
					continue;
				}
				if (start >= 0) {
					addIf(folded, candidates, added, start, m.end(group), cued);
				}
			}
		}
	}

	private static void addIf(String folded, List<Finding> candidates, List<Finding> added, int start, int end,
			boolean cued) {
		String word = folded.substring(start, end);
		for (String part : word.split("[ 　]")) {
			if (!name(part, cued)) {
				return;
			}
		}
		Found.nameUnlessTaken(candidates, added, start, end);
	}

	/**
	 * Whether a word reads as a name: a kana word the dictionary reads as a surname or
	 * given name (a common word too only with a strong cue: かおり, サクラ), else the shape
	 * test round 33 uses.
	 */
	static boolean name(String word, boolean cued) {
		if (word.isEmpty() || NON_NAMES.contains(word)) {
			return false;
		}
		char first = word.charAt(0);
		boolean katakana = first >= 'ァ' && first <= 'ヺ';
		boolean hiragana = first >= 'ぁ' && first <= 'ゖ';
		if (katakana || hiragana) {
			if (katakana && NameLexicon.isKatakanaGeneric(word) || hiragana && NameLexicon.isHiraganaGeneric(word)) {
				return false;
			}
			if (katakana && word.length() >= 3 && !cued && Morphology.tokens(word).size() > 1
					&& !Morphology.readsOnlyAsCommon(word)) {
				// A katakana word the dictionary splits into pieces is a foreign name
				// more
				// often than a loanword it would know whole.
				return true;
			}
			if (DictionaryNames.kanaSurname(word) || DictionaryNames.kanaGivenName(word)
					|| JapaneseNames.KANA_GIVEN_NAMES.contains(word)) {
				if (cued) {
					return true;
				}
				List<Morphology.Token> tokens = Morphology.tokens(word);
				return !(tokens.size() == 1 && tokens.get(0).commonWord());
			}
		}
		return NamesByKinSlotAndContact.nameShaped(word, cued);
	}

	private static void addHandle(List<Finding> candidates, List<Finding> added, int start, int end) {
		for (Finding f : candidates) {
			if (f.overlaps(start, end)
					&& (f.kind() != PersonalDataKind.PERSON_NAME || f.start() < start || f.end() > end)) {
				return;
			}
		}
		candidates.removeIf((f) -> f.overlaps(start, end));
		added.add(new Finding(PersonalDataKind.PERSON_NAME, start, end));
	}

}
