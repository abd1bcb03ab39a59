package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 31: names someone calls out (…さーん, 「おーい、…！」), names in quotes with an honorific
 * after the quote (「…」さん) or a self-introduction inside it (「…です」), and a flagged name
 * that signs the post at its very end after a ward, a poster's label or a kin word, which
 * is then sure.
 */
final class CalledQuotedAndSignedNames {

	private static final String NAME = "[一-龥々]{1,4}|[ァ-ヺ][ァ-ヺー]{1,7}|[ぁ-ゖ]{2,6}";

	/** A name called with a drawn-out honorific: 佐々木さーん, ゆうくーん. */
	private static final Pattern DRAWN_OUT = Pattern.compile("(?<=^|[「『 、,!?。\\n])(?<v>" + NAME + ")(?:さ|く|ちゃ|たん)ー+ん");

	/** A name called out in quotes: 「おーい、ノブ！」. */
	private static final Pattern CALL = Pattern
		.compile("[「『](?:おーい|おい|おーーい|ねえ|ねぇ|ちょっと|こら|コラ)[、, ]?(?<v>" + NAME + ")[!?、,ー〜]");

	/** A quoted name with an honorific after the quote: 「小石」さん. */
	private static final Pattern QUOTED_HONORIFIC = Pattern.compile("[「『](?<v>" + NAME + ")[」』](?:さん|様|さま|くん|氏)");

	/** Someone's own name in quotes: 「リンです」, 「キムラです、…」. */
	private static final Pattern QUOTED_SELF = Pattern.compile("[「『](?<v>" + NAME + ")(?:です|と申します|といいます|っす)[」』、,。]");

	/** Words said in the places of a name that are no name. */
	private static final Set<String> NOT_NAMES = Set.of("みな", "みんな", "皆", "皆さん", "おばあ", "おじい", "おねえ", "おにい", "おかあ",
			"おとう", "ばあ", "じい", "ねえ", "にい", "かあ", "とう", "こっち", "そっち", "あっち", "あんた", "おまえ", "お前", "きみ", "君", "そこ", "ここ",
			"誰", "だれ", "先生", "店員", "運転手", "駅員", "お客", "お嬢", "兄", "姉", "私", "わたし", "僕", "ぼく", "俺", "おれ", "うち", "ワタシ",
			"ボク", "オレ", "すみません", "ありがとう", "はい", "いいえ", "了解", "大丈夫", "無理", "本当", "ダメ", "だめ", "それ", "これ", "あれ");

	/**
	 * What may stand right before a signature: a ward, a poster's label or a kin word.
	 */
	private static final Pattern SIGNATURE_HEAD = Pattern
		.compile("(?:[一-龥々]{1,3}区|投稿者?|住民|住人|通報者|記入者|母|父|妻|夫|娘|息子|祖母|祖父|以上)[ ・:、,]{1,3}$");

	/** What may follow a signature before the end: a closing bracket, a stop, spaces. */
	private static final Pattern SIGNATURE_TAIL = Pattern.compile("[ )）」。.!]*$");

	private CalledQuotedAndSignedNames() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (!TextFold.isJapanese(folded)) {
			return;
		}
		List<Finding> added = new ArrayList<>();
		for (Pattern pattern : new Pattern[] { DRAWN_OUT, CALL, QUOTED_HONORIFIC, QUOTED_SELF }) {
			Matcher matcher = pattern.matcher(folded);
			while (matcher.find()) {
				String word = matcher.group("v");
				// The honorific or the call is the cue; a quoted word needs to look like
				// a name as well.
				boolean shaped = (pattern == QUOTED_SELF || pattern == QUOTED_HONORIFIC)
						? ListSiblingsAndRosterValues.nameShaped(word)
						: !PlainWords.plain(word) && !Places.JAPANESE.contains(word);
				if (pattern == QUOTED_HONORIFIC && shaped && !word.matches("[ぁ-ゖァ-ヺー]+")) {
					// Shops and firms are 「…」さん too: no part of a kanji name is a common
					// word (本舗, 歯科, 建設).
					shaped = Morphology.tokens(word)
						.stream()
						.noneMatch((token) -> token.commonWord() || token.knownOrganisation());
				}
				if (NOT_NAMES.contains(word) || !shaped) {
					continue;
				}
				// A kanji word said of oneself may be a thing (「無理です」): flagged only.
				Confidence confidence = (pattern == QUOTED_SELF && !word.matches("[ァ-ヺー]+")) ? Confidence.FLAGGED
						: Confidence.MASKED;
				added.add(new Finding(PersonalDataKind.PERSON_NAME, matcher.start("v"), matcher.end("v"), confidence));
			}
		}
		signatures(folded, candidates, added);
		candidates.addAll(added);
	}

	/** A flagged name at the post's end after a ward, a poster's label or a kin word. */
	private static void signatures(String folded, List<Finding> candidates, List<Finding> added) {
		for (Finding found : candidates) {
			if (found.kind() != PersonalDataKind.PERSON_NAME || !found.flagged() || folded.length() - found.end() > 4) {
				continue;
			}
			if (!SIGNATURE_TAIL.matcher(folded.substring(found.end())).matches()) {
				continue;
			}
			String before = folded.substring(Math.max(0, found.start() - 12), found.start());
			if (SIGNATURE_HEAD.matcher(before).find()) {
				added.add(new Finding(found.kind(), found.start(), found.end(), Confidence.MASKED));
			}
		}
	}

}
