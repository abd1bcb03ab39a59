package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Japanese names by the place a post gives them: after a role label (班長, 会計, 申請者,
 * 届出人, 担当 …), as an item of a list under a header of people, the given name after a
 * bracketed 旧姓, two words of kana after 在住, and a name signing a post in its last bracket
 * or as 近所の…です.
 */
final class RoleNames {

	private static final String NAME = "(?:[一-龯々ヶ]{1,4}(?: ?[一-龯々]{1,3})?|[ぁ-ゖ]{2,5}(?: [ぁ-ゖ]{2,4})?|[ァ-ヺー]{2,6}(?: [ァ-ヺー]{2,5})?)";

	/** A role in a group or on a form, then a name and the end of its item. */
	private static final Pattern ROLE = Pattern
		.compile("(?:^|(?<=[\\n/、。 「(]))(?:副?班長|副?会長|副?代表|副?組長|会計|書記|幹事|世話人|参加者|出席者"
				+ "|申請者|届出人|申出人|通報者|連絡者|記入者|防災担当|担当者?|ケアマネ|利用者|保護者|代理人|店長|院長|園長|館長|担任|主任)" + " ?[:：]? ?(?<v>" + NAME
				+ ")(?= ?(?:$|\\n|/|、|。|\\(|様|さん|から|より))", Pattern.MULTILINE);

	/** A header that announces a list of people. */
	private static final Pattern PEOPLE_HEADER = Pattern
		.compile("(?:参加者|出席者|メンバー|名簿|当番|班員|役員)[^\\n]{0,6}\\n((?:[・\\-*] ?[^\\n]{1,12}(?:\\n|$))+)");

	private static final Pattern LIST_ITEM = Pattern.compile("[・\\-*] ?(?<v>" + NAME + ")(?=\\n|$)");

	/**
	 * A child, parent or spouse, a space, then their name on its own: 長男 翔太 平成…, 父 宮本 大輔.
	 */
	private static final Pattern KIN_LABEL = Pattern
		.compile("(?:^|(?<=[\\n ]))(?:長男|長女|次男|次女|三男|三女|父|母|夫|妻|祖父|祖母) (?<v>"
				+ "[一-龯々]{1,4}(?: [一-龯々]{1,3})?|[ァ-ヺー]{2,6}(?: [ァ-ヺー]{2,5})?)"
				+ "(?= ?(?:$|\\n|/|、|。|\\(|[0-9]|明治|大正|昭和|平成|令和))", Pattern.MULTILINE);

	/** A name in the bracket after a child or a relative: 娘（あおい 3歳）, 息子（小3、りく）. */
	private static final Pattern KIN_BRACKET = Pattern
		.compile("(?:娘|息子|長男|長女|次男|次女|孫|妻|夫|母|父)\\((?:[^()、\\n]{1,6}、 ?)?(?<v>"
				+ "[一-龯々]{1,4}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})(?= |、|\\))");

	/** The given name after a bracketed former surname: 佐藤（旧姓 田中）花子. */
	private static final Pattern MAIDEN = Pattern
		.compile("\\(旧姓 ?[:：]? ?[^)\\n]{1,8}\\) ?(?<v>[一-龯々]{1,3}|[ぁ-ゖ]{2,4})");

	/** Two words of kana after where the writer lives: 戸畑区在住 さとう まい. */
	private static final Pattern LIVES_TWO = Pattern
		.compile("(?:在住|在勤)の? (?<v>[ぁ-ゖ]{2,4} [ぁ-ゖ]{2,4}|[ァ-ヺー]{2,5} [ァ-ヺー]{2,5})(?= ?(?:$|\\n|です|より))");

	/**
	 * A name signing the post in a bracket on the last line: （まつお）, （黒崎の主婦・ヤマモト）,
	 * （…古川より）.
	 */
	private static final Pattern LAST_BRACKET = Pattern.compile(
			"(?<=\\n)\\((?:[^()\\n]{0,24}(?:[の・、]|いる|てる))?(?<v>[一-龯々]{2,3}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})(?:より)?\\)\\s*$");

	/** The writer naming themself by a relation to the place: 近所の藤田です, 飼い主の石橋まで. */
	private static final Pattern RELATION_SELF = Pattern
		.compile("(?:近所|隣|飼い主|持ち主|目撃者|通報者|投稿者)の(?<v>[一-龯々]{2,3}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})(?=です|まで|より)");

	/** A name left as a contact before a number: 連絡先を残します：樋口 090…. */
	private static final Pattern CONTACT_LEFT = Pattern
		.compile("連絡先[^:：\\n]{0,10}[:：] ?(?<v>[一-龯々]{2,3}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6}) ?(?=[0-9(+])");

	/** Words in a name's place that name no one. */
	private static final Pattern NOT_NAME = Pattern
		.compile("^(?:未定|なし|無し|不明|募集中|調整中|私|本人|同上|別紙|市民|住民|自治会|町内会|有志|全員|各位|一同|主婦|学生|先生|不在|本人|代理)$"
				+ "|(?:会|課|部|局|所|社|校|院|店|館|室|署|係|センター|協会|区|市|町|様|さん|歳|才)$|^[一二三四五六七八九十〇]+");

	/** Animals counted or named before a bracket: its names are pets'. */
	private static final Pattern ANIMALS = Pattern.compile("匹|頭|羽|猫|犬|ペット|インコ|うさぎ");

	/** A first word that is a place: a ward, a city or a town. */
	private static final Pattern PLACE_FIRST = Pattern.compile("(?:区|市|町|村|県)$");

	private RoleNames() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (!TextFold.isJapanese(folded)) {
			return;
		}
		List<Finding> added = new ArrayList<>();
		find(ROLE, folded, Confidence.MASKED, added);
		Matcher header = PEOPLE_HEADER.matcher(folded);
		while (header.find()) {
			Matcher item = LIST_ITEM.matcher(folded).region(header.start(1), header.end(1));
			while (item.find()) {
				keep(folded, item, Confidence.MASKED, added);
			}
		}
		find(KIN_LABEL, folded, Confidence.MASKED, added);
		find(KIN_BRACKET, folded, Confidence.MASKED, added);
		find(MAIDEN, folded, Confidence.MASKED, added);
		find(LIVES_TWO, folded, Confidence.MASKED, added);
		find(RELATION_SELF, folded, Confidence.MASKED, added);
		find(CONTACT_LEFT, folded, Confidence.MASKED, added);
		// A last bracket may hold a place or a group as well as a signature: staff
		// decide.
		Matcher bracket = LAST_BRACKET.matcher(folded);
		if (bracket.find()
				&& !ANIMALS.matcher(folded.substring(Math.max(0, bracket.start() - 10), bracket.start())).find()) {
			keep(folded, bracket, Confidence.FLAGGED, added);
		}
		candidates.addAll(added);
	}

	private static void find(Pattern pattern, String folded, Confidence confidence, List<Finding> added) {
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			keep(folded, matcher, confidence, added);
		}
	}

	private static void keep(String folded, Matcher matcher, Confidence confidence, List<Finding> added) {
		String word = matcher.group("v");
		int start = matcher.start("v");
		int space = word.indexOf(' ');
		if (space > 0 && PLACE_FIRST.matcher(word.substring(0, space)).find()) {
			// 通報者 八幡西区 大庭: the ward says where the person lives, not who.
			start += space + 1;
			word = word.substring(space + 1);
		}
		String bare = word.replace(" ", "");
		if (NOT_NAME.matcher(bare).find() || NameLexicon.isGeneric(bare) || NameLexicon.isKatakanaGeneric(bare)
				|| NameLexicon.isHiraganaGeneric(bare)) {
			return;
		}
		added.add(new Finding(PersonalDataKind.PERSON_NAME, start, matcher.end("v"), confidence));
	}

}
