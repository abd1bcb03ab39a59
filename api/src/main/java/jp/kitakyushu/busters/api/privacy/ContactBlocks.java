package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Treats a clause, bracket or line that holds a sure phone, e-mail or address as a
 * contact block, and a short word left standing in it, or alone in the clause or line
 * right beside it, as a name: masked when a name list knows it, flagged otherwise, unless
 * it is a label, a common word, a place or a firm.
 */
final class ContactBlocks {

	/** What ends a clause: a block is never wider than one. */
	private static final Pattern CLAUSE_END = Pattern.compile("[。！？!?\\n()（）【】]|\\. |;");

	/** What separates the words of a block. */
	private static final Pattern WORD = Pattern.compile("[^\\s,、:：/・「」『』\\[\\]|<>.=＝→~*＊\"'“”‘’\\-_@#0-9]+");

	/** A block with more words than this is running text, not a contact block. */
	private static final int MOST_WORDS = 4;

	/**
	 * A post with more candidates than this is a list or a hostile input, not a letter
	 * with a contact block; and a clause longer than this is running text.
	 */
	private static final int MOST_CANDIDATES = 300;

	private static final int LONGEST_BLOCK = 200;

	/** A clause beside a block is a name alone only up to this length. */
	private static final int LONGEST_LONE_CLAUSE = 14;

	private static final Pattern KANJI = Pattern.compile("[一-龯々]{2,4}");

	private static final Pattern HIRAGANA = Pattern.compile("[ぁ-ゖー]{2,6}");

	private static final Pattern KATAKANA = Pattern.compile("[ァ-ヺー]{2,8}");

	private static final Pattern LATIN = Pattern.compile("[A-Za-z][a-z]{1,14}|[A-Z]{2,12}");

	/** Labels, contact words and courtesies a contact block is made of. */
	private static final Set<String> LABELS = WordLists
		.of("""
					TEL Tel tel FAX Fax fax 電話 携帯 電話番号 携帯番号 自宅 住所 代表 名義 担当 担当者 連絡 連絡先 連絡は 氏名 名前 お名前 投稿者 通報者 報告者
					申込者 申請者 依頼者 相談者 記入者 差出人 宛先 宛 様 殿 方 私 僕 俺 わたし うち 自分 本人 家 実家 妻 夫 母 父 娘 息子 長男 長女 次男 次女 祖父 祖母
					主人 家内 内線 直通 メール メアド アドレス 郵便 番号 件名 内容 場所 日時 時間 希望日 所在地 現住所 旧住所 新住所 物件 物件名 部屋 号室 階 号 棟
					まで より から へ です でした ます と申します といいます にお願いします お願いします よろしく 以上 匿名 匿名希望 平日 土日 夜 昼 朝 夕方 終日
					北九州市 北九州 福岡県 福岡 日本 区 市 町 丁目 番地 前 裏 横 隣 向かい 近く 付近 辺り 電柱 側溝 道路 公園 市道 歩道 交差点 会社 株式会社 有限会社
					総務部 総務課 管理会社 管理組合 自治会 町内会 理事長 会長 班長 組長 民生委員 大家 管理人 オーナー 入居者 住人 住民 代表者 一同 事務所 本社 支店
					Email email E-mail e-mail Mail mail Phone phone Mobile mobile Cell cell Tel Contact contact Address address Name name Caller caller
					Reporter reporter From from To to Re RE Fwd FW Sent sent Subject subject Home home Work work Office office Ext ext Extension
					Please please Thanks thanks Thank thank You you Regards regards Best Cheers cheers Sorry sorry Hi Hello Dear Sir Madam Yours Sincerely
					Kind Warm Many Mr Mrs Ms Miss Dr Mx My my Our our Me me Us us I We The the And and Or or At at In in On on Of of Is is Are are It it
					This this That that Here here There there Call call Text text Reply reply Write write Send send Number number No Yes OK Ok Okay
					Japan Japanese English Kitakyushu Fukuoka Ward City Town Ku Shi Ken Chome Machi Cho Apt Room Unit Flat Floor Building Bldg Street Road
					Tenant Landlord Owner Neighbour Neighbor Resident Residents Thx Pls Plz Asap ASAP Urgent URGENT Help Note PS Also Again Anyway Just
					Only Still Now Then Today Tomorrow Tonight Monday Tuesday Wednesday Thursday Friday Saturday Sunday Morning Evening Night Weekend
					LINE Line SMS DM Gmail Yahoo Docomo Softbank Au Higashi Nishi Kita Minami Naka Shin Kami Shimo Honmachi Chuo
				He She They His Her Their Him Them Its You Your Future Current Previous New Old Former Present Permanent
				さん 様 さま くん ちゃん 君 氏 先生""");

	/** A word that says where someone lives or works, not who: 曽根在住, 勝山公園. */
	private static final Pattern PLACE_WORD = Pattern.compile(
			"(?:在住|在勤|出身|住まい|方面|付近|近く|公園|駅|橋|川|山|町|区|市|通り|市場|病院|医院|学校|小学校|中学校|高校|大学|会館|センター|ビル|店|寺|神社|港|口|線|丁目|団地|荘|寮)$");

	/**
	 * Endings that stay outside a name: honorifics and the particles after a signature.
	 */
	private static final Pattern ENDING = Pattern.compile("(?:さん|様|さま|殿|宅|方|より|まで|です|でした|と申します|といいます|へ|から|拝)$");

	/** Labels written fast in front of the name: 氏名山田, 担当佐藤. */
	private static final Pattern LEADING_LABEL = Pattern
		.compile("^(?:氏名|名前|担当|担当者|代表|名義|投稿者|通報者|報告者|申込者|連絡先|連絡|宛名|宛先|私は|私|妻|夫|母|父)");

	private ContactBlocks() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (candidates.size() > MOST_CANDIDATES) {
			return;
		}
		List<int[]> blocks = new ArrayList<>();
		for (Finding finding : candidates) {
			if (finding.flagged() || !contact(finding.kind()) || contested(candidates, finding)) {
				continue;
			}
			int[] clause = clauseAround(folded, finding.start(), finding.end());
			if (clause != null && !contains(blocks, clause)) {
				blocks.add(clause);
			}
		}
		if (blocks.isEmpty()) {
			return;
		}
		List<int[]> scanned = new ArrayList<>();
		List<Finding> found = new ArrayList<>();
		for (int[] block : blocks) {
			if (!contains(scanned, block)) {
				scanned.add(block);
				names(folded, candidates, block, null, found);
			}
			// The clause right before and right after, when it is short: a name on a line
			// of its own above or below the contact.
			if (block[0] > 0) {
				int[] before = clauseAround(folded, block[0] - 1, block[0] - 1);
				if (before != null && !contains(scanned, before) && !contains(blocks, before)) {
					scanned.add(before);
					names(folded, candidates, before, sentenceEnd(folded, block[0] - 1), found);
				}
			}
			if (block[1] < folded.length()) {
				int[] after = clauseAround(folded, block[1] + 1, block[1] + 1);
				if (after != null && after[0] > block[1] && !contains(scanned, after) && !contains(blocks, after)) {
					scanned.add(after);
					names(folded, candidates, after, sentenceEnd(folded, block[1]), found);
				}
			}
		}
		candidates.addAll(found);
	}

	/** Whether a candidate of another kind overlaps the contact: it may not survive. */
	private static boolean contested(List<Finding> candidates, Finding contact) {
		for (Finding other : candidates) {
			if (other.kind() != contact.kind() && other.kind() != PersonalDataKind.PERSON_NAME
					&& other.overlaps(contact.start(), contact.end())) {
				return true;
			}
		}
		return false;
	}

	private static boolean contact(PersonalDataKind kind) {
		return kind == PersonalDataKind.PHONE || kind == PersonalDataKind.EMAIL
				|| kind == PersonalDataKind.POSTAL_ADDRESS;
	}

	private static boolean contains(List<int[]> spans, int[] span) {
		for (int[] other : spans) {
			if (other[0] == span[0] && other[1] == span[1]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The clause around a span: from after the last clause end before it to the next;
	 * null when it is longer than a contact block can be.
	 */
	private static int[] clauseAround(String folded, int start, int end) {
		int from = Math.max(0, Math.min(start, folded.length()));
		int floor = Math.max(0, from - LONGEST_BLOCK);
		while (from > floor && !endsClause(folded, from - 1)) {
			from--;
		}
		int to = Math.min(Math.max(end, from), folded.length());
		int ceiling = Math.min(folded.length(), to + LONGEST_BLOCK);
		while (to < ceiling && !endsClause(folded, to)) {
			to++;
		}
		boolean cut = (from == floor && from > 0 && !endsClause(folded, from - 1))
				|| (to == ceiling && to < folded.length() && !endsClause(folded, to));
		return (cut || to - from > LONGEST_BLOCK) ? null : new int[] { from, to };
	}

	/**
	 * Whether the clause beside a block is a sentence of its own (after 。 or !) rather
	 * than a line or bracket of the block: then only a listed name counts.
	 */
	private static boolean sentenceEnd(String folded, int at) {
		return at >= 0 && at < folded.length() && "。！？!?. ".indexOf(folded.charAt(at)) >= 0;
	}

	private static boolean endsClause(String folded, int at) {
		char c = folded.charAt(at);
		if (c == '.') {
			return at + 1 < folded.length() && folded.charAt(at + 1) == ' ';
		}
		return "。！？!?\n()（）【】;".indexOf(c) >= 0;
	}

	/** Adds the names a block's leftover words are. */
	private static void names(String folded, List<Finding> candidates, int[] block, Boolean sentence,
			List<Finding> found) {
		boolean alone = sentence != null;
		if (block[1] <= block[0]
				|| (alone && folded.substring(block[0], block[1]).strip().length() > LONGEST_LONE_CLAUSE)) {
			return;
		}
		char[] left = folded.substring(block[0], block[1]).toCharArray();
		for (Finding finding : candidates) {
			for (int i = Math.max(finding.start(), block[0]); i < Math.min(finding.end(), block[1]); i++) {
				left[i - block[0]] = ' ';
			}
		}
		List<int[]> words = new ArrayList<>();
		Matcher word = WORD.matcher(new String(left));
		while (word.find()) {
			int[] span = trimmed(folded, block[0] + word.start(), block[0] + word.end());
			if (span != null) {
				words.add(span);
			}
		}
		if (words.isEmpty() || words.size() > MOST_WORDS || (alone && words.size() > 2)) {
			return;
		}
		for (int i = 0; i < words.size(); i++) {
			int[] span = words.get(i);
			String text = folded.substring(span[0], span[1]);
			Confidence confidence = nameLike(folded, span[0], span[1]);
			if (confidence == null || besideFirm(folded, words, i)) {
				continue;
			}
			if (alone && sentence && confidence == Confidence.FLAGGED) {
				// In a sentence beside the block, only a word a name list knows.
				continue;
			}
			if (span[0] > 0 && Character.isDigit(folded.charAt(span[0] - 1))) {
				// A counter: ２本目.
				continue;
			}
			if (LATIN.matcher(text).matches() && (words.size() > 1 && confidence == Confidence.FLAGGED
					|| besideUnlistedLatin(folded, words, i))) {
				// An unlisted romaji word among others is a place or firm's name as often
				// as a person's (Yahata Higashi, Daiichi Kotsu).
				continue;
			}
			found.add(new Finding(PersonalDataKind.PERSON_NAME, span[0], span[1], confidence));
		}
	}

	/** Whether a capitalised Latin word no name list knows stands right beside it. */
	private static boolean besideUnlistedLatin(String folded, List<int[]> words, int index) {
		for (int other = index - 1; other <= index + 1; other += 2) {
			if (other < 0 || other >= words.size()) {
				continue;
			}
			int[] span = words.get(other);
			String word = folded.substring(span[0], span[1]);
			boolean adjacent = folded
				.substring(Math.min(span[1], words.get(index)[1]), Math.max(span[0], words.get(index)[0]))
				.isBlank();
			if (adjacent && LATIN.matcher(word).matches() && Character.isUpperCase(word.charAt(0))
					&& nameLike(folded, span[0], span[1]) != Confidence.MASKED) {
				return true;
			}
		}
		return false;
	}

	/** Whether the word before or after is an organisation's or place's word. */
	private static boolean besideFirm(String folded, List<int[]> words, int index) {
		for (int other = index - 1; other <= index + 1; other += 2) {
			if (other < 0 || other >= words.size()) {
				continue;
			}
			String word = folded.substring(words.get(other)[0], words.get(other)[1]);
			if (LatinWords.notLast(word) || NameLexicon.GENERIC.contains(word) || Businesses.isBusinessWord(word)
					|| Places.isRomajiPlace(word)) {
				return true;
			}
		}
		return false;
	}

	/** A word without labels before it or particles after it, or null if none is left. */
	private static int[] trimmed(String folded, int start, int end) {
		String word = folded.substring(start, end);
		if (LABELS.contains(word)) {
			return null;
		}
		for (int round = 0; round < 2; round++) {
			Matcher label = LEADING_LABEL.matcher(word);
			if (label.find() && label.end() < word.length()) {
				start += label.end();
				word = word.substring(label.end());
			}
			Matcher ending = ENDING.matcher(word);
			if (ending.find() && ending.start() > 0) {
				end -= word.length() - ending.start();
				word = word.substring(0, ending.start());
			}
		}
		if (word.length() > 1 && word.endsWith("の")) {
			end--;
			word = word.substring(0, word.length() - 1);
		}
		return (word.isEmpty() || LABELS.contains(word)) ? null : new int[] { start, end };
	}

	/**
	 * Masked when a name list knows the word, flagged when nothing says it is no name,
	 * null for common words, places and firms.
	 */
	private static Confidence nameLike(String folded, int start, int end) {
		String word = folded.substring(start, end);
		if (LATIN.matcher(word).matches()) {
			String name = word.length() > 1 ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT) : word;
			if (Character.isLowerCase(word.charAt(0)) || Places.isRomajiPlace(name) || LatinWords.notLast(name)
					|| NameLexicon.GENERIC.contains(name) || LABELS.contains(name)) {
				return null;
			}
			if (LatinWords.isSurname(name) || LatinWords.isGiven(name)) {
				return Confidence.MASKED;
			}
			return LatinWords.romajiShaped(name) ? Confidence.FLAGGED : null;
		}
		if (KANJI.matcher(word).matches()) {
			if (NameLexicon.SURNAMES.contains(word)) {
				return Confidence.MASKED;
			}
			if (PLACE_WORD.matcher(word).find()) {
				return null;
			}
			return (plainWord(folded, start, end) || Places.JAPANESE.contains(word)) ? null : Confidence.FLAGGED;
		}
		if (KATAKANA.matcher(word).matches() || HIRAGANA.matcher(word).matches()) {
			if (DictionaryNames.kanaSurname(word) || DictionaryNames.kanaGivenName(word)) {
				return Confidence.MASKED;
			}
			if (NameLexicon.isKatakanaGeneric(word) || NameLexicon.isHiraganaGeneric(word)
					|| plainWord(folded, start, end)) {
				return null;
			}
			return Confidence.FLAGGED;
		}
		return null;
	}

	/**
	 * Whether the dictionary reads the word, in the words of the whole text (split once
	 * and shared with the other rules), only as ordinary words, places or firms.
	 */
	private static boolean plainWord(String folded, int start, int end) {
		if (Businesses.isBusinessWord(folded.substring(start, end))) {
			return true;
		}
		boolean any = false;
		for (Morphology.Token token : Morphology.tokens(folded)) {
			if (token.end() <= start || token.start() >= end) {
				continue;
			}
			if (token.taggedPerson()) {
				return false;
			}
			if (!(token.commonWord() || token.taggedPlace() || token.knownOrganisation())) {
				return false;
			}
			any = true;
		}
		return any;
	}

}
