package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops names that a post shows to be something else, whatever rule found them: a pet
 * given a title (our cat Mrs. …, answers to Mister …), a well-known or historical person
 * who built or designed something (…が設計, … built the castle), a firm or stall whose last
 * word is its trade in romaji (… Tofu, … Shoten), a place after a path to it (the trail
 * to …), a country, a recyclable, a time of day, and a town before 在住.
 */
final class ThingsNamedLikePeople {

	/** A pet's title: an animal or "answers to", then Mr., Mister, Miss. */
	private static final Pattern TITLED_PET = Pattern
		.compile("(?i:\\b(?:dog|cat|puppy|kitten|parrot|budgie|rabbit|bunny"
				+ "|hamster|tortoise|turtle|goldfish|pet)(?: (?:is )?(?:called|named))?|\\banswers to(?: the name)?) "
				+ "(?:(?:Mr|Mrs|Ms|Dr|Sir|Lady|Mister|Miss|Madam|Professor)\\.? ?)?$");

	/** A pet's title as the first word of the found name. */
	private static final Pattern TITLE_FIRST = Pattern.compile("^(?:Mr|Mrs|Ms|Dr|Mister|Miss|Sir|Lady|Professor)\\.? ");

	/** Someone who built, founded or designed a work: a public or historical person. */
	private static final Pattern MAKER_AFTER = Pattern
		.compile("^(?:'s)? (?:built|founded|designed|ruled|founded)\\b|^(?:の|が)(?:設計|建築|築城|創建|設立|開山)");

	private static final Pattern MAKER_BEFORE = Pattern.compile("(?i:\\b(?:built|founded|designed) by) $|設計者は$");

	/** A trade or a firm's kind in romaji as the name's last word or the next one. */
	private static final Set<String> ROMAJI_TRADES = WordLists.of("""
			kamaboko shoten seika shokudo honpo tofu ramen udon soba sushi kensetsu kogyo denki unyu shokai sangyo
			jimusho seikotsuin shuzo sakaya saketen yakkyoku gakuen hoikuen juku ryokan onsen seimen suisan nojo
			bokujo seipan kashiten tokei mochi dango yakitori takoyaki okonomiyaki shouten senbei manju wagashi mentaiko
			""");

	/** A path or a ride to a place: the capitalised word after it is where it goes. */
	private static final Pattern PATH_TO = Pattern.compile(
			"(?i:\\b(?:trail|road|path|way|route|walk|hike|climb|stairs|steps|slope|bus|train|ferry|drive|cable car|ropeway)"
					+ "(?: (?:up|down|back|over|out))? to) $");

	private static final Set<String> COUNTRIES = WordLists.of("""
			フィリピン ベトナム ネパール インドネシア 中国 韓国 台湾 タイ ミャンマー ブラジル ペルー アメリカ イギリス インド スリランカ
			バングラデシュ パキスタン モンゴル マレーシア カンボジア ラオス オーストラリア カナダ フランス ドイツ イタリア スペイン ロシア
			ウクライナ ケニア ナイジェリア エジプト トルコ イラン メキシコ コロンビア アルゼンチン チリ ボリビア ニュージーランド
			""");

	private static final Set<String> RECYCLABLES = WordLists.of("""
			かん びん カン ビン 缶 瓶 ペットボトル プラ 古紙 古布 新聞 雑誌 段ボール ダンボール 電池 乾電池
			""");

	private static final Pattern TIME_WORD = Pattern.compile("^(?:昨日|今日|明日|一昨日|今朝|今晩|今夜)の|^(?:夕方|午前|午後|深夜|早朝|明け方)$");

	private static final Pattern HONORIFIC_AFTER = Pattern.compile("^(?:さん|様|氏|先生|くん|君|ちゃん|殿)");

	/** A group's word in katakana ending an account holder's name: … コドモショクドウ. */
	private static final Pattern GROUP_END = Pattern.compile("[ァ-ヺー ](?:ショクドウ|ジチカイ|チョウナイカイ|ロウジンカイ|コドモカイ|クラブ|ホイクエン"
			+ "|ヨウチエン|ガクドウ|キョウカイ|ダンタイ|センター|サークル|ケンキュウカイ|フクシカイ|クミアイ|ジムキョク)$");

	/** A group's name, then its representative (ダイヒョウ, 代表) and the person. */
	private static final Pattern GROUP_FIRST = Pattern.compile("^(?<g>[ァ-ヺー ]{4,30}?) (?:ダイヒョウ|代表) ?(?=[^ ])");

	private static final Pattern WORD_BEFORE = Pattern.compile("([A-Z][a-z]+) $");

	private static final Pattern WARD_BEFORE = Pattern.compile("区の? ?$");

	private static final Pattern RESIDENCE_AFTER = Pattern.compile("^(?:在住|在勤|在学|出身)");

	private ThingsNamedLikePeople() {
	}

	/** A town and 在住 opening a found name: the name is what follows. */
	private static final Pattern RESIDENCE_FIRST = Pattern.compile("^[一-龯々ヶ]{1,5}(?:在住|在勤)の? ?(?=.)");

	/** A trade opening a quoted name: 「焼肉 …」 is a shop. */
	private static final Pattern TRADE_FIRST = Pattern
		.compile("^(?:お好み焼き?|焼き?鳥|やきとり|焼肉|たこ焼き?|鉄板焼き?|ラーメン|うどん|そば|居酒屋|スナック|喫茶|カフェ|食堂)[ ・]");

	static void remove(String folded, List<Finding> candidates) {
		List<Finding> things = new ArrayList<>();
		ListIterator<Finding> each = candidates.listIterator();
		while (each.hasNext()) {
			Finding finding = each.next();
			if (finding.kind() != PersonalDataKind.PERSON_NAME) {
				continue;
			}
			Matcher town = RESIDENCE_FIRST.matcher(finding.in(folded));
			Matcher group = GROUP_FIRST.matcher(finding.in(folded));
			if (town.find()) {
				each.set(finding.over(finding.start() + town.end(), finding.end()));
			}
			else if (group.find() && GROUP_END.matcher(group.group("g")).find()) {
				// A group's account held by its representative: the person is named, the
				// group is not.
				each.set(finding.over(finding.start() + group.end(), finding.end()));
			}
			else if (isThing(folded, finding)) {
				things.add(finding);
				each.remove();
			}
		}
		// Another rule may have found a part of it (Hino of Hino Ashihei's): that goes
		// too.
		candidates.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME && things.stream()
			.anyMatch((thing) -> thing.start() <= finding.start() && finding.end() <= thing.end()));
	}

	private static boolean isThing(String folded, Finding finding) {
		String word = finding.in(folded);
		String before = folded.substring(Math.max(0, finding.start() - 40), finding.start());
		String after = folded.substring(finding.end(), Math.min(folded.length(), finding.end() + 12));
		if (TITLED_PET.matcher(before).find()
				|| (TITLE_FIRST.matcher(word).find() && before.matches("(?s).*(?i:answers to|called|named) $"))) {
			return true;
		}
		String last = word.substring(word.lastIndexOf(' ') + 1);
		String next = after.matches("(?s)^ [A-Z][a-z]+.*") ? after.substring(1).split("[^A-Za-z]", 2)[0] : "";
		Matcher previous = WORD_BEFORE.matcher(before);
		// A famous name after Mrs. or Mr. is a private namesake's (PublicFigures).
		boolean famous = !PublicFigures.courtesyTitled(folded, finding)
				&& (PublicFigures.isWellKnown(word) || PublicFigures.isWellKnown(word + " " + next));
		if (famous || previous.find() && PublicFigures.isWellKnown(previous.group(1) + " " + word)
				|| MAKER_AFTER.matcher(after).find() || MAKER_BEFORE.matcher(before).find()) {
			return true;
		}
		if (ROMAJI_TRADES.contains(last.toLowerCase(java.util.Locale.ROOT))
				|| ROMAJI_TRADES.contains(next.toLowerCase(java.util.Locale.ROOT))) {
			return true;
		}
		if (word.indexOf(' ') < 0 && Character.isUpperCase(word.charAt(0)) && PATH_TO.matcher(before).find()) {
			return true;
		}
		if (finding.start() > 0 && folded.charAt(finding.start() - 1) == '「' && TRADE_FIRST.matcher(word).find()) {
			return true;
		}
		if (GROUP_END.matcher(word).find()) {
			return true;
		}
		if (COUNTRIES.contains(word) || RECYCLABLES.contains(word) || word.contains("ペットボトル")
				|| TIME_WORD.matcher(word).find()) {
			return true;
		}
		// A town after its ward that no surname shares (…区の三萩野です) is a place, unless an
		// honorific follows.
		// A word only the dictionary calls a place (宇都宮) needs the の: 門司区 宇都宮 signs a
		// post.
		// The dictionary is asked last: its words cost a split of the whole text.
		boolean town = Places.JAPANESE.contains(word) && WARD_BEFORE.matcher(before).find()
				|| before.endsWith("区の") && placeWord(folded, finding);
		return RESIDENCE_AFTER.matcher(after).find() && (Places.JAPANESE.contains(word) || placeWord(folded, finding))
				|| town && !NameLexicon.SURNAMES.contains(word) && !HONORIFIC_AFTER.matcher(after).find();
	}

	/** Whether the dictionary reads the found words as a place's name, whole. */
	private static boolean placeWord(String folded, Finding finding) {
		List<Morphology.Token> tokens = Morphology.tokens(folded);
		int at = Morphology.indexAt(tokens, finding.start());
		return at >= 0 && tokens.get(at).end() == finding.end() && tokens.get(at).taggedPlace();
	}

}
