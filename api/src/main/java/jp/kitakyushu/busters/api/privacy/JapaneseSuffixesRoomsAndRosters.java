package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 36: Japanese values still visible, found by their shape: a hiragana given name
 * glued into running kana before ちゃん, くん, っち, さん or せんせい, a room or lot number written
 * just before a found name, a word beside a found name across an arrow or comma, and a
 * roster line shaped like the lines whose names were found.
 */
final class JapaneseSuffixesRoomsAndRosters {

	/** Suffixes put after a person's given name or surname, never after a thing's. */
	private static final List<String> PERSON_SUFFIXES = List.of("ちゃん", "くん", "っち", "せんせい", "先生", "先輩", "せんぱい", "さん",
			"君");

	/**
	 * Hiragana a name may follow inside a run of kana: the particles and sentence ends
	 * that close the word before it (…でゆいちゃん, …はけいこせんせい).
	 */
	private static final String PARTICLES = "はがでにとのをもねよやへ";

	/**
	 * Names from the reading lists that, before さん or ちゃん, are family words, trades or
	 * greetings (おじさん, おばあちゃん, みなさん).
	 */
	private static final Set<String> NOT_BEFORE_SUFFIX = Set.of("おじ", "おば", "おじい", "おばあ", "おかあ", "おとう", "おにい", "おねえ",
			"みな", "みなみな", "だんな", "おまわり", "おいしゃ", "かあ", "とう", "にい", "ねえ", "じい", "ばあ", "あか", "ぼっ", "おくさ", "おじょう", "おぼっ",
			"おひめ", "おうじ", "おっ", "ばっ", "じっ", "あん", "おねい", "ねい", "じょう", "おきゃく", "きゃく", "おまえ", "みなさ", "たぬき", "きつね", "うさぎ",
			"くま", "ねこ", "いぬ", "ぞう", "かえる", "ぶた", "さる", "へび", "かめ", "とり", "ひよこ", "りす", "もぐら", "こども", "あかちゃ", "いもうと",
			"おとうと", "あに", "あね", "まご", "むすめ", "むすこ", "ぱぱ", "まま", "せんせ", "ともだち", "みんな", "だれ", "どなた", "あなた", "かれ", "かのじょ",
			"きみ", "ぼく", "わたし", "うち", "よそ", "おとな", "みせ", "やおや", "ほんや", "はなや", "さかなや", "くすりや", "とこや", "にく", "やさい", "ごみ",
			"かみ", "ほとけ", "おてんと", "おつき", "おひさま", "ひ", "つき", "ほし");

	/** A nickname's stem cut short with a long vowel or a small っ (ちー, まー, たっ). */
	private static final Pattern NICKNAME = Pattern.compile("(?<stem>[ぁ-ゖ]{1,2}[ーっ])(?:ちゃん|くん)(?![ぁ-ゖ&&[^とがはのにもで]])");

	/**
	 * Stems of the cut-short shape that are kin or uncle, not a nickname (ばーちゃん, おっちゃん).
	 */
	private static final Set<String> KIN_STEMS = Set.of("ばー", "じー", "かー", "とー", "ねー", "にー", "おっ", "ばっ", "じっ", "おー",
			"あー", "えー", "うー", "いー", "よっ", "おばー", "おじー", "ばあー", "じいー", "ちょっ");

	/**
	 * A trade written just before a name with さん or ちゃん (割烹 いそべさん, お好み焼き みっちゃん): the name
	 * is the shop's.
	 */
	private static final Pattern SHOP_BEFORE = Pattern.compile(
			"(?:お好み焼き?|焼き?鳥|割烹|居酒屋|食堂|スナック|喫茶|カフェ|ラーメン|うどん|寿司|鮨|美容室|美容院|理容|床屋|商店|料亭|旅館|民宿|クリニック|医院|歯科|塾|教室|店|屋)[ 　「『]*$");

	/** A room number (101, 1203) and a lot (5-2) a roster writes right before a name. */
	private static final Pattern ROOM = Pattern.compile("[1-9][0-9]?0[1-9]");

	private static final Pattern LOT = Pattern.compile("[0-9]{1,2}-[0-9]{1,2}");

	/** A kana word standing as one item of a list (さな, マツモト, はやし みお). */
	private static final String KANA_WORD = "(?:[ぁ-ゖ][ぁ-ゖー]{1,5}(?:[ 　][ぁ-ゖ][ぁ-ゖー]{1,4})?|[ァ-ヺ][ァ-ヺー]{1,7}(?:[ 　・][ァ-ヺ][ァ-ヺー]{1,7})?)";

	/** A kana item then an arrow or comma, ending right where a found name begins. */
	private static final Pattern ITEM_BEFORE = Pattern
		.compile("(?:^|(?<=[\\n、，,：:→⇒①-⑳ 　]))(?<name>" + KANA_WORD + ")[ 　]*(?:→|⇒|、|，|,)[ 　]*$");

	/**
	 * An arrow after a found name, then a kana item up to the next arrow or the line's
	 * end.
	 */
	private static final Pattern ITEM_AFTER = Pattern
		.compile("^[ 　]*(?:→|⇒)[ 　]*(?:[①-⑳])?(?<name>" + KANA_WORD + ")(?=[ 　]*(?:→|⇒|、|，|,|$|\\n|[（(]|[◯○〇×△✓]))");

	/**
	 * A roster line: a label of digits, marks or a weekday, then a kana item and a mark.
	 */
	private static final Pattern ROSTER_LINE = Pattern.compile("(?m)^(?<label>[^ぁ-ゖァ-ヺ\\n［\\[]{0,10}?)[ 　]*(?<name>"
			+ KANA_WORD + ")(?<tail>[ 　]*(?:[◯○〇×△✓]|済|[（(][^）)\\n]{0,12}[）)]|「[^」\\n]{1,16}」)?)[ 　]*$");

	/** Animals whose nicknames take ちゃん and くん as a child's do. */
	private static final Pattern ANIMALS = Pattern.compile("犬|猫|ねこ|ネコ|イヌ|いぬ|わんこ|にゃんこ|インコ|ハムスター|うさぎ|ウサギ|ペット|飼|亀|金魚|散歩");

	private static final int MAX_TEXT = 5000;

	private JapaneseSuffixesRoomsAndRosters() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (folded.length() > MAX_TEXT || !hasKanaOrDigit(folded)) {
			return;
		}
		List<Finding> added = new ArrayList<>();
		boolean animal = PetNames.petPost(folded) || ANIMALS.matcher(folded).find();
		if (!animal) {
			suffixed(folded, candidates, added);
		}
		List<Finding> names = new ArrayList<>();
		for (Finding f : candidates) {
			if (f.kind() == PersonalDataKind.PERSON_NAME && f.confidence() == Confidence.MASKED) {
				names.add(f);
			}
		}
		if (!names.isEmpty()) {
			rooms(folded, candidates, names);
			if (folded.indexOf('→') >= 0 || folded.indexOf('⇒') >= 0 || folded.indexOf('、') >= 0) {
				beside(folded, candidates, added, names);
			}
			if (folded.indexOf('\n') >= 0) {
				rosterLines(folded, candidates, added, names);
			}
		}
		Found.addUnlessLookAlikes(folded, candidates, added);
	}

	/**
	 * A given name or surname from the reading lists glued into kana before a person's
	 * suffix; the word before it must end on a particle, so a name is never cut out of a
	 * longer word.
	 */
	private static void suffixed(String folded, List<Finding> candidates, List<Finding> added) {
		for (String suffix : PERSON_SUFFIXES) {
			for (int at = folded.indexOf(suffix); at > 0; at = folded.indexOf(suffix, at + 1)) {
				if (!hiragana(folded.charAt(at - 1)) || insideWord(folded, at)) {
					continue;
				}
				// Kyushu's sentence end っちゃ (多すぎっちゃ) is no nickname's っち.
				int next = at + suffix.length();
				if (suffix.equals("っち") && next < folded.length() && "ゃゅょ".indexOf(folded.charAt(next)) >= 0) {
					continue;
				}
				for (int length = Math.min(5, at); length >= 2; length--) {
					int start = at - length;
					String word = folded.substring(start, at);
					if (!allHiragana(word) || !boundary(folded, start)) {
						continue;
					}
					if (NOT_BEFORE_SUFFIX.stream().anyMatch(word::endsWith)
							|| JapaneseNames.HIRAGANA_WORDS.contains(word)) {
						break;
					}
					if (DictionaryNames.kanaGivenName(word) || DictionaryNames.kanaSurname(word)
							|| JapaneseNames.KANA_GIVEN_NAMES.contains(word)) {
						if (!shopBefore(folded, start)) {
							Found.nameUnlessTaken(candidates, added, start, at);
						}
						break;
					}
				}
			}
		}
		if (folded.indexOf('ー') < 0 && folded.indexOf('っ') < 0) {
			return;
		}
		for (Matcher m = NICKNAME.matcher(folded); m.find();) {
			int start = m.start("stem");
			if (!KIN_STEMS.contains(m.group("stem")) && boundary(folded, start) && !shopBefore(folded, start)) {
				Found.nameUnlessTaken(candidates, added, start, m.end("stem"));
			}
		}
	}

	/**
	 * Whether the dictionary reads the suffix as the middle of a known word (たくさん, おじさん,
	 * たつっちゃ): then it is no suffix.
	 */
	private static boolean insideWord(String folded, int at) {
		List<Morphology.Token> tokens = Morphology.tokens(folded);
		for (Morphology.Token token : tokens) {
			if (token.start() < at && token.end() > at) {
				return token.known();
			}
			if (token.start() >= at) {
				return false;
			}
		}
		return false;
	}

	/**
	 * A room number or lot written just before a found name (101 [name], 503の[name], 5-2
	 * [name] in a rota) is where that person lives; a lot only in a list of two or more.
	 */
	private static void rooms(String folded, List<Finding> candidates, List<Finding> names) {
		List<Finding> lots = new ArrayList<>();
		for (Finding name : names) {
			int end = name.start();
			boolean of = end > 0 && folded.charAt(end - 1) == 'の';
			if (of) {
				end--;
			}
			else if (end > 0 && (folded.charAt(end - 1) == ' ' || folded.charAt(end - 1) == '　')) {
				end--;
			}
			int start = end;
			while (start > 0 && (Character.isDigit(folded.charAt(start - 1)) || folded.charAt(start - 1) == '-')
					&& end - start < 6) {
				start--;
			}
			if (start == end || start > 0 && !opens(folded.charAt(start - 1))) {
				continue;
			}
			String number = folded.substring(start, end);
			int from = start;
			int to = end;
			if (candidates.stream().anyMatch((f) -> f.overlaps(from, to))) {
				continue;
			}
			if (ROOM.matcher(number).matches()) {
				candidates.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, start, end));
			}
			else if (!of && LOT.matcher(number).matches()) {
				lots.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, start, end));
			}
		}
		if (lots.size() >= 2) {
			candidates.addAll(lots);
		}
	}

	/** The word beside a found name across an arrow, or before it across a comma. */
	private static void beside(String folded, List<Finding> candidates, List<Finding> added, List<Finding> names) {
		for (Finding name : names) {
			int lineStart = folded.lastIndexOf('\n', name.start() - 1) + 1;
			Matcher before = ITEM_BEFORE.matcher(folded).region(lineStart, name.start());
			before.useTransparentBounds(true).useAnchoringBounds(true);
			if (before.find()) {
				addName(folded, candidates, added, before.start("name"), before.end("name"));
			}
			Matcher after = ITEM_AFTER.matcher(folded).region(name.end(), folded.length());
			after.useTransparentBounds(true);
			if (after.lookingAt()) {
				addName(folded, candidates, added, after.start("name"), after.end("name"));
			}
		}
	}

	/**
	 * A line of a roster (4年 はやし みお, 〇 チョウ, ゆいな ×) whose label, with its digits read as
	 * one, is the label of two lines whose names were found.
	 */
	private static void rosterLines(String folded, List<Finding> candidates, List<Finding> added, List<Finding> names) {
		Map<String, Integer> labels = new HashMap<>();
		for (Finding name : names) {
			int lineStart = folded.lastIndexOf('\n', name.start() - 1) + 1;
			String label = shape(folded.substring(lineStart, name.start()));
			if (label.length() <= 10) {
				labels.merge(label, 1, Integer::sum);
			}
		}
		if (labels.values().stream().noneMatch((n) -> n >= 2)) {
			return;
		}
		for (Matcher m = ROSTER_LINE.matcher(folded); m.find();) {
			String label = shape(m.group("label"));
			if (labels.getOrDefault(label, 0) < 2) {
				continue;
			}
			// A line with neither a label nor a mark may be any short sentence.
			if (label.isEmpty() && m.group("tail").isBlank()) {
				continue;
			}
			addName(folded, candidates, added, m.start("name"), m.end("name"));
		}
	}

	/** A label with its digits, marks and weekday read as one shape, spaces dropped. */
	private static String shape(String label) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			if (Character.isDigit(c) || c >= '①' && c <= '⑳') {
				if (out.isEmpty() || out.charAt(out.length() - 1) != '0') {
					out.append('0');
				}
			}
			else if ("◯○〇×△✓".indexOf(c) >= 0) {
				out.append('*');
			}
			else if ("月火水木金土日".indexOf(c) >= 0 && label.length() <= 3) {
				out.append('W');
			}
			else if (c != ' ' && c != '　') {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static void addName(String folded, List<Finding> candidates, List<Finding> added, int start, int end) {
		String word = folded.substring(start, end);
		String compact = word.replaceAll("[ 　・]", "");
		boolean name = NamesByTagSpeakerAndRota.name(word, true)
				|| !compact.equals(word) && (NamesByTagSpeakerAndRota.name(compact, true)
						|| NamesByTagSpeakerAndRota.name(word.split("[ 　・]")[0], true));
		if (name) {
			Found.nameUnlessTaken(candidates, added, start, end);
		}
	}

	private static boolean opens(char c) {
		return c == '\n' || c == '、' || c == '，' || c == ',' || c == '：' || c == ':' || c == ' ' || c == '　' || c == '（'
				|| c == '(' || c == '「' || c == '・';
	}

	private static boolean shopBefore(String folded, int start) {
		return SHOP_BEFORE.matcher(folded.substring(Math.max(0, start - 8), start)).find();
	}

	/** Whether a name may start here: at a non-hiragana or right after a particle. */
	private static boolean boundary(String folded, int start) {
		if (start == 0 || !hiragana(folded.charAt(start - 1))) {
			return true;
		}
		return PARTICLES.indexOf(folded.charAt(start - 1)) >= 0;
	}

	private static boolean hiragana(char c) {
		return c >= 'ぁ' && c <= 'ゖ' || c == 'ー';
	}

	private static boolean allHiragana(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (!hiragana(word.charAt(i))) {
				return false;
			}
		}
		return word.charAt(0) != 'ー';
	}

	private static boolean hasKanaOrDigit(String folded) {
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (c >= 'ぁ' && c <= 'ヺ' || c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

}
