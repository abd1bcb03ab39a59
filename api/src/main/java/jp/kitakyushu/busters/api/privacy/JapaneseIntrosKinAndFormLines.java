package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 35: Japanese values still visible, found by the shape around them: a chat's
 * bracketed speakers, a katakana self-introduction or honorific, a kin word right before
 * a given name, a bank form's label and symbol line and a branch line's account, and a
 * birth date written in both calendars.
 */
final class JapaneseIntrosKinAndFormLines {

	/** Speakers in brackets at lines' heads, as pasted chat logs show them ([けんじ] …). */
	private static final Pattern BRACKET_SPEAKER = Pattern
		.compile("(?m)^[\\[［](?<name>[ぁ-ゖ][ぁ-ゖー]{1,5}|[ァ-ヺ][ァ-ヺー]{1,7}|[一-龥々]{1,4})[\\]］]");

	/** Any bracketed label at a line's head, counted to tell a chat log from one tag. */
	private static final Pattern BRACKET_LINE = Pattern.compile("(?m)^[\\[［][^\\]］\\n]{1,12}[\\]］]");

	/** A katakana name the writer introduces themself by (…と申します, …といいます). */
	private static final Pattern INTRO = Pattern
		.compile("(?<![ァ-ヺー])(?<name>[ァ-ヺ][ァ-ヺー]{1,7})(?=と申します|と申す|と申し|といいます|と言います|でございます)");

	/**
	 * A katakana name after what the writer did or where they live (…に住むX です, 予約したXです,
	 * 班長になったXです, ネパール人 X).
	 */
	private static final Pattern INTRO_AFTER = Pattern.compile(
			"(?:に住む|に住んでいる|に住んでる|になった|私は|わたしは|僕は|ぼくは|(?:[ァ-ヺー]{2,8}|中国|韓国|台湾)人[ 　])[ 　]?(?<name>[ァ-ヺ][ァ-ヺー]{1,7})(?=です|だけど|[。、 　])");

	/** A katakana name after what the writer did (予約したXです): the dictionary decides. */
	private static final Pattern DID_INTRO = Pattern.compile("した(?<name>[ァ-ヺ][ァ-ヺー]{1,7})(?=です|だけど|[。、 　])");

	/**
	 * A kana given name someone is to call or tell, or whose number or account is meant
	 * (けんじに電話して, かずやに言っといて, しんじの番号).
	 */
	private static final Pattern CONTACT_OF = Pattern.compile(
			"(?<![ぁ-ゖァ-ヺー一-龥々0-9０-９])(?<name>[ぁ-ゖ][ぁ-ゖー]{1,4}|[ァ-ヺ][ァ-ヺー]{1,6})(?:に(?:電話|連絡|言っ|伝え|聞い|頼ん|頼み|メール)|の(?:番号|電話番号|携帯|メアド|新しいメアド|インスタ|連絡先))");

	/** A list's separator and the word after it, up to the next separator or the end. */
	private static final Pattern NEXT_IN_LIST = Pattern.compile(
			"^[ 　]*[、,・][ 　]*(?<name>[一-龥々]{2,4}|[ぁ-ゖ][ぁ-ゖー]{1,5}|[ァ-ヺ][ァ-ヺー]{1,7})(?=[ 　]*(?:[、,・。]|$|\\n|[（(]))");

	/** A katakana name with an honorific (ヤマモトさん, タケダ様). */
	private static final Pattern KATAKANA_HONORIFIC = Pattern
		.compile("(?<![ァ-ヺー一-龥々])(?<name>[ァ-ヺ][ァ-ヺー]{1,7})(?=さん|様|さま)");

	/**
	 * A kin word right before a given name and a particle (娘の小春が, 姉の千草です, 妻杏子と,
	 * お姉ちゃんのりん（小４）).
	 */
	private static final Pattern KIN_NAME = Pattern.compile(
			"(?:娘|息子|妻|夫|姉|兄|妹|弟|姪|甥|姪っ子|甥っ子|長女|次女|三女|長男|次男|三男|孫|いもうと|おとうと|お姉ちゃん|お兄ちゃん|おねえちゃん|おにいちゃん|友達|友だち|ともだち)(?:の|・)?(?<name>[一-龥々]{2,3}|[ぁ-ゖ][ぁ-ゖー]{1,4}|[ァ-ヺ][ァ-ヺー]{1,6})(?=が|は|の|と|へ|に|を|も|、|，|[（(]|です|[ 　]*$)",
			Pattern.MULTILINE);

	/** Words for companies and trades called with さん, not anyone's name. */
	private static final java.util.Set<String> TRADES = java.util.Set.of("ヤマト", "サガワ", "ヘルパー", "ケアマネ", "ドライバー", "オーナー",
			"ママ", "パパ", "コンビニ", "スタッフ", "ボランティア", "ガイド", "シェフ", "マスター", "ナース", "ファン", "ドクター", "セブン", "ローソン", "ファミマ",
			"イオン", "ゆうパック", "クロネコ", "ポスト", "ワン", "ニャン");

	/** Trades and shops whose name a sentence calls with さん (スーパーの…, 業者の…). */
	private static final Pattern TRADE_BEFORE = Pattern
		.compile("(?:スーパー|コンビニ|ストア|ショップ|ドラッグストア|薬局|店|会社|業者|メーカー|チェーン|銀行|病院|医院|工務店|不動産|(?<!部)屋|局)の$");

	/** Animals whose nicknames a post may give with さん. */
	private static final Pattern ANIMALS = Pattern.compile("犬|猫|ねこ|ネコ|イヌ|いぬ|インコ|ハムスター|うさぎ|ウサギ|ペット|飼|亀");

	/** A bank form's label line before the account it heads (金融機関：…). */
	private static final Pattern BANK_LABEL = Pattern.compile("(?m)^金融機関[ 　]?[：:][ 　]*");

	/** A symbol line of a savings account (〈記号〉１７４９０, 記号 12345). */
	private static final Pattern SYMBOL_LINE = Pattern.compile(
			"(?m)^[〈<【\\[［]?記号[〉>】\\]］]?[ 　：:]*[0-9０-９]{5}(?:[-－ー][0-9０-９])?[ 　]*\\n[〈<【\\[［]?番号[〉>】\\]］]?[ 　：:]*");

	/** An ordinary or current account's number on the line after a bank and branch. */
	private static final Pattern BRANCH_ACCOUNT = Pattern.compile(
			"(?m)^(?<bank>[^\\n]{0,20}(?:銀行|信用金庫|信金|信用組合|労働金庫|ろうきん|農協|ＪＡ|JA)[^\\n]{0,20}(?:支店|出張所|店番)[^\\n]{0,16})\\n(?:普通|当座|貯蓄)(?:預金)?[ 　]*(?:No\\.?|NO\\.?|№|口座番号|番号)?[ 　:：]*[0-9０-９]{6,8}(?![0-9０-９])");

	/** A date written in both calendars (１９８９（平成元）年６月３日, 1972年（昭和47年）6月30日). */
	private static final Pattern DUAL_DATE = Pattern.compile(
			"[0-9０-９]{4}(?:年)?[（(](?:明治|大正|昭和|平成|令和)[元0-9０-９]{1,2}(?:年)?[）)](?:年)?[ 　]?[0-9０-９]{1,2}月[ 　]?[0-9０-９]{1,2}日");

	/** What says a date is a birth date: 生/生まれ after it, or 生年月日 a little before. */
	private static final Pattern BIRTH_AFTER = Pattern.compile("^[ 　]?(?:生|うまれ|誕生)");

	/**
	 * Kana words that follow a kin word or go before に電話 without being a name (孫たち, 娘さん,
	 * 孫のため, ここに電話).
	 */
	private static final java.util.Set<String> NOT_AFTER_CUE = java.util.Set.of("さん", "ちゃん", "くん", "さま", "たち", "ため",
			"ども", "ほう", "こと", "もの", "ところ", "せい", "おかげ", "よう", "ぶん", "ここ", "そこ", "あそこ", "どこ", "だれ", "みんな", "これ", "それ",
			"あれ", "どれ", "うち", "おうち", "こちら", "そちら", "あちら", "どちら", "ほか", "あなた", "わたし", "ぼく", "おれ", "かれ", "かのじょ", "あいつ",
			"こいつ", "そいつ", "みな", "まえ", "あと", "ぜんぶ", "いつ", "すぐ", "また", "まだ", "もう");

	private static final int MAX_TEXT = 5000;

	private JapaneseIntrosKinAndFormLines() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (folded.length() > MAX_TEXT) {
			return;
		}
		// Forms may be written in kanji and digits alone: their lines before the kana
		// test.
		if (folded.indexOf("記号") >= 0 || folded.indexOf("金融機関") >= 0 || folded.indexOf("預金") >= 0
				|| folded.indexOf("普通") >= 0) {
			bankLines(folded, candidates);
		}
		if (folded.indexOf('（') >= 0 || folded.indexOf('(') >= 0) {
			dualDates(folded, candidates);
		}
		if (!hasKana(folded)) {
			return;
		}
		// A pet's or stray's nickname reads like a person's with さん: no names in its
		// post.
		boolean animal = PetNames.petPost(folded) || ANIMALS.matcher(folded).find();
		List<Finding> added = new ArrayList<>();
		if ((folded.indexOf('[') >= 0 || folded.indexOf('［') >= 0)
				&& BRACKET_LINE.matcher(folded).results().count() >= 3) {
			names(BRACKET_SPEAKER, folded, candidates, added, true);
		}
		if (folded.indexOf('申') >= 0 || folded.indexOf('い') >= 0 || folded.indexOf('ご') >= 0) {
			names(INTRO, folded, candidates, added, true);
		}
		names(INTRO_AFTER, folded, candidates, added, true);
		names(DID_INTRO, folded, candidates, added, false);
		for (Matcher m = animal ? null : KATAKANA_HONORIFIC.matcher(folded); m != null && m.find();) {
			String word = m.group("name");
			// A shop or firm is called with さん too (スーパーのXさん).
			if (TRADE_BEFORE.matcher(folded.substring(Math.max(0, m.start() - 8), m.start())).find()) {
				continue;
			}
			if (!TRADES.contains(word) && !word.endsWith("ママ") && !word.endsWith("パパ")) {
				addName(folded, candidates, added, m.start("name"), m.end("name"), false);
			}
		}
		if (!animal) {
			// The kin word right before is the cue: a given name that is also a word (小春,
			// りん) is the person here; common words after it (学校, 実家) still fail.
			names(KIN_NAME, folded, candidates, added, true);
			names(CONTACT_OF, folded, candidates, added, true);
		}
		if (folded.indexOf('、') >= 0 || folded.indexOf(',') >= 0 || folded.indexOf('・') >= 0) {
			listNeighbours(folded, candidates, added);
		}
		Found.addUnlessLookAlikes(folded, candidates, added);
	}

	/**
	 * Grows an account back over its form's label or symbol line, and adds an account
	 * written on the line after its bank and branch.
	 */
	private static void bankLines(String folded, List<Finding> candidates) {
		for (Pattern head : List.of(BANK_LABEL, SYMBOL_LINE)) {
			for (Matcher m = head.matcher(folded); m.find();) {
				int end = m.end();
				for (int i = 0; i < candidates.size(); i++) {
					Finding f = candidates.get(i);
					// The label's or symbol's value is the account just after it.
					if (f.kind() == PersonalDataKind.BANK_ACCOUNT && f.start() >= end && f.start() <= end + 1
							&& f.start() > m.start()) {
						candidates.set(i, f.over(m.start(), f.end()));
					}
				}
			}
		}
		for (Matcher m = BRANCH_ACCOUNT.matcher(folded); m.find();) {
			int start = m.start("bank");
			int end = m.end();
			boolean ownedByOther = false;
			for (Finding f : candidates) {
				if (f.overlaps(start, end) && f.kind() != PersonalDataKind.BANK_ACCOUNT) {
					ownedByOther = true;
				}
			}
			if (ownedByOther) {
				continue;
			}
			// The bank, branch and number are one value: it replaces the parts found.
			candidates.removeIf((f) -> f.overlaps(start, end));
			candidates.add(new Finding(PersonalDataKind.BANK_ACCOUNT, start, end));
		}
	}

	/**
	 * A date in both calendars is a birth date with 生 after it or 生年月日 shortly before.
	 */
	private static void dualDates(String folded, List<Finding> candidates) {
		for (Matcher m = DUAL_DATE.matcher(folded); m.find();) {
			int start = m.start();
			int end = m.end();
			String after = folded.substring(end, Math.min(folded.length(), end + 4));
			String before = folded.substring(Math.max(0, start - 30), start);
			if (!BIRTH_AFTER.matcher(after).find() && !before.contains("生年月日") && !before.contains("誕生日")) {
				continue;
			}
			boolean ownedByOther = false;
			for (Finding f : candidates) {
				if (f.overlaps(start, end) && f.kind() != PersonalDataKind.DATE_OF_BIRTH) {
					ownedByOther = true;
				}
			}
			if (ownedByOther) {
				continue;
			}
			candidates.removeIf((f) -> f.overlaps(start, end));
			candidates.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, start, end));
		}
	}

	/**
	 * A word standing alone in a list right after a found name (［氏名］、X、［氏名］) is one more
	 * member of the same list of people.
	 */
	private static void listNeighbours(String folded, List<Finding> candidates, List<Finding> added) {
		List<Finding> names = new ArrayList<>();
		for (Finding f : candidates) {
			if (f.kind() == PersonalDataKind.PERSON_NAME && f.confidence() == Confidence.MASKED) {
				names.add(f);
			}
		}
		names.addAll(added);
		for (int round = 0; round < 2 && !names.isEmpty(); round++) {
			List<Finding> found = new ArrayList<>();
			for (Finding f : names) {
				int from = f.end();
				Matcher m = NEXT_IN_LIST.matcher(folded).region(from, folded.length());
				if (m.lookingAt()) {
					int before = added.size();
					// A kanji word after a list's comma may be a town or a note (足原在住):
					// only the name lists and dictionary decide it; a kana word is cued.
					char first = folded.charAt(m.start("name"));
					boolean kana = first >= 'ぁ' && first <= 'ヺ';
					addName(folded, candidates, added, m.start("name"), m.end("name"), kana);
					if (added.size() > before) {
						found.add(added.get(added.size() - 1));
					}
				}
			}
			names = found;
		}
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

	private static void names(Pattern pattern, String folded, List<Finding> candidates, List<Finding> added,
			boolean cued) {
		for (Matcher m = pattern.matcher(folded); m.find();) {
			String word = m.group("name");
			if (NOT_AFTER_CUE.stream().anyMatch(word::startsWith)) {
				continue;
			}
			addName(folded, candidates, added, m.start("name"), m.end("name"), cued);
		}
	}

	private static void addName(String folded, List<Finding> candidates, List<Finding> added, int start, int end,
			boolean cued) {
		if (NamesByTagSpeakerAndRota.name(folded.substring(start, end), cued)) {
			Found.nameUnlessTaken(candidates, added, start, end);
		}
	}

}
