package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a public or historical figure from a private person by what is said of them:
 * nobody has a statue, a memorial hall or places "associated with" them (宮本武蔵の像, 松本清張記念館,
 * 松本零士さんゆかりの場所) without being famous, and a post about a tourist spot names them because
 * they are, so such names stay visible, with the names listed together with them
 * (宮本武蔵と佐々木小次郎の像).
 */
final class PublicFigures {

	private static final List<String> HONORIFICS = List.of("さん", "氏", "先生", "様");

	/** What only famous people have, right after their name. */
	private static final List<String> FAME = List.of("ゆかり", "の像", "像", "の銅像", "銅像", "記念館", "記念碑", "の記念碑", "生誕", "の生家",
			"生家", "旧居", "の旧居", "の墓", "文学碑", "の文学碑");

	private static final String JOINERS = "と、や・";

	/**
	 * A public office held in the past (北橋さんが市長だった頃, 元知事の時代): its holder is a public
	 * figure, while a private role (自治会長) keeps its holder private.
	 */
	private static final Pattern FORMER_OFFICE = Pattern.compile(
			"^(?:が|は|の)?(?:元|前)?(?:市長|県知事|知事|首相|総理大臣|総理|大臣|大統領|国会議員)" + "(?:だった|時代|の時代|の時|の頃|のころ|在任|当時|を務め|をしていた)");

	/**
	 * People everyone knows, whom posts mention without a cue: writers and artists of
	 * Kitakyushu, its mayors and Fukuoka's governors, prime ministers, and national
	 * sports and culture figures, in kanji and in Latin letters. General knowledge, not
	 * taken from any corpus.
	 */
	private static final Set<String> WELL_KNOWN = Set.of("松本清張", "森鴎外", "森鷗外", "林芙美子", "火野葦平", "杉田久女", "松本零士", "宮本武蔵",
			"佐々木小次郎", "出光佐三", "安川敬一郎", "末吉興一", "北橋健治", "大谷翔平", "イチロー", "鈴木一朗", "王貞治", "長嶋茂雄", "羽生結弦", "大坂なおみ", "夏目漱石",
			"坂本龍馬", "織田信長", "豊臣秀吉", "徳川家康", "手塚治虫", "宮崎駿", "黒澤明", "野口英世", "福沢諭吉", "Shohei Ohtani", "Ichiro Suzuki",
			"Ichiro", "Naomi Osaka", "Yuzuru Hanyu", "Hayao Miyazaki", "Akira Kurosawa", "Barack Obama", "Donald Trump",
			"Joe Biden", "Taylor Swift", "Elon Musk", "Albert Einstein", "William Shakespeare", "Leiji Matsumoto",
			"Miyamoto Musashi", "Seicho Matsumoto", "Matsumoto Seicho", "Mori Ogai", "Ogai Mori", "Hayashi Fumiko",
			"Fumiko Hayashi", "Hino Ashihei", "Ashihei Hino", "Sugita Hisajo", "Hisajo Sugita", "Natsume Soseki",
			"Soseki Natsume", "Sakamoto Ryoma", "Ryoma Sakamoto", "Oda Nobunaga", "Nobunaga Oda", "Tokugawa Ieyasu",
			"Ieyasu Tokugawa", "Toyotomi Hideyoshi", "Hideyoshi Toyotomi", "Tezuka Osamu", "Osamu Tezuka",
			"Noguchi Hideyo", "Hideyo Noguchi", "Miyazaki Hayao", "Ohtani Shohei", "Shohei Otani", "Otani Shohei",
			"Sasaki Kojiro", "Kojiro Sasaki", "Musashi Miyamoto", "Matsumoto Leiji", "Murakami Haruki",
			"Haruki Murakami", "Mishima Yukio", "Yukio Mishima", "Kurosawa Akira", "Hanyu Yuzuru", "Osaka Naomi",
			"Suzuki Ichiro", "Sadaharu Oh", "Oh Sadaharu", "Idemitsu Sazo", "Sazo Idemitsu", "John Lennon",
			"Michael Jackson", "Steve Jobs", "Bill Gates", "Abraham Lincoln", "Martin Luther King", "Mother Teresa",
			"Winston Churchill", "Isaac Newton", "Charles Darwin", "Marie Curie", "Leonardo da Vinci", "武内和久",
			"Kazuhisa Takeuchi", "Takeuchi Kazuhisa", "リリー・フランキー", "Lily Franky", "草刈正雄", "光石研", "細川忠興",
			"Hosokawa Tadaoki", "Tadaoki Hosokawa", "小笠原忠真", "Ogasawara Tadazane", "磯崎新", "Isozaki Arata",
			"Arata Isozaki", "服部誠太郎", "Seitaro Hattori", "小川洋", "麻生渡", "高島宗一郎", "Soichiro Takashima", "石破茂",
			"Shigeru Ishiba", "岸田文雄", "Fumio Kishida", "安倍晋三", "Shinzo Abe", "菅義偉", "Yoshihide Suga", "Kenji Kitahashi",
			"Kitahashi Kenji", "Koichi Sueyoshi", "Sueyoshi Koichi");

	/**
	 * An office before a name in English: Mayor Takeuchi, Prime Minister Ishiba, the
	 * mayor, Takeuchi-san.
	 */
	private static final Pattern OFFICE_BEFORE = Pattern.compile(
			"(?:^|\\b)(?:Mayor|Governor|Prime Minister|Senator|Emperor|Empress|(?:the|our|dear) (?i:mayor|governor|prime minister),|(?i:mayor|governor),) (?=[A-Z]|$)");

	/**
	 * An office right after a name: 武内市長, 武内さん（市長）, Takeuchi, the mayor. Whoever holds a
	 * public office is a public figure; a private role (自治会長, the chairman) keeps its
	 * holder private, and is not listed.
	 */
	private static final Pattern OFFICE_AFTER = Pattern.compile("^(?:[(（]|[ 　])?"
			+ "(?:(?:北九州|福岡)?(?:副市長|副知事|(?:門司|小倉北|小倉南|若松|八幡東|八幡西|戸畑)区長|市長|県知事|知事|首相|総理大臣|総理|大臣|大統領|国会議員|市議会議員|県議会議員|市議|県議)(?!選|候補|室|公室|杯|賞)"
			+ "|(?:-san|-sama)?,? (?:the|our) (?:city'?s? )?(?i:mayor|governor|prime minister)\\b)");

	/**
	 * A public office right before a name (北九州市長 武内和久 様, 県知事の…): whoever holds it now is
	 * a public figure; private roles (自治会長, 町内会長) do not end this way.
	 */
	private static final Pattern OFFICE_BEFORE_JA = Pattern.compile(
			"(?:(?:門司|小倉北|小倉南|若松|八幡東|八幡西|戸畑)区長|市議会議長|教育長|市長|県知事|知事|首相|総理大臣|総理|大臣|国会議員|市議会議員|県議会議員|市議|県議)(?:の|[ \u3000、,]{1,2})?$");

	/**
	 * The chars {@link #OFFICE_BEFORE_JA} can end with: the regex is tried only after
	 * one.
	 */
	private static final String OFFICE_LAST_CHARS = "長事相臣理員議の \u3000、,";

	/** A courtesy title right before a name. */
	private static final Pattern COURTESY_BEFORE = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mdm|Mme)\\.? $");

	private PublicFigures() {
	}

	/** Drops the name findings that a fame cue follows, and those listed with them. */
	static void removePublicFigures(String folded, List<Finding> candidates) {
		List<Finding> names = new ArrayList<>(
				candidates.stream().filter((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME).toList());
		if (names.isEmpty()) {
			return;
		}
		names.sort(Comparator.comparingInt(Finding::start).reversed());
		List<Finding> famous = new ArrayList<>();
		int listedBefore = -1;
		for (Finding name : names) {
			int after = afterHonorific(folded, name.end());
			boolean cue = NameContext.startsWithAny(folded, after, FAME)
					|| FORMER_OFFICE.matcher(folded).region(after, Math.min(folded.length(), after + 16)).lookingAt()
					|| !courtesyTitled(folded, name)
							&& (WELL_KNOWN.contains(name.in(folded).replace(" ", "").replace("・", ""))
									|| WELL_KNOWN.contains(name.in(folded)) || insideWellKnown(folded, name))
					|| afterOffice(folded, name)
					|| OFFICE_AFTER.matcher(folded).region(after, Math.min(folded.length(), after + 24)).lookingAt()
					|| OFFICE_AFTER.matcher(folded)
						.region(name.end(), Math.min(folded.length(), name.end() + 24))
						.lookingAt();
			boolean listed = listedBefore >= 0 && after + 1 == listedBefore
					&& JOINERS.indexOf(folded.charAt(after)) >= 0;
			if (cue || listed) {
				famous.add(name);
				listedBefore = name.start();
			}
			else {
				listedBefore = -1;
			}
		}
		candidates.removeAll(famous);
	}

	/**
	 * Whether Mr., Mrs., Ms. or Miss stands right before the name: a famous name with a
	 * courtesy title is a private namesake's (my neighbour Mrs. …), not the famous
	 * person's.
	 */
	static boolean courtesyTitled(String folded, Finding name) {
		return COURTESY_BEFORE.matcher(folded).region(Math.max(0, name.start() - 6), name.start()).find();
	}

	/**
	 * Whether the name is part of a well-known name written in full around it: the model
	 * may take only some of its words (大谷翔 of 大谷翔平).
	 */
	/**
	 * Whether a found name, without a possessive 's, is a well-known person's.
	 * @param name the found words
	 * @return true if listed
	 */
	static boolean isWellKnown(String name) {
		String bare = name.endsWith("'s") ? name.substring(0, name.length() - 2) : name;
		return WELL_KNOWN.contains(bare) || WELL_KNOWN.contains(bare.replace(" ", "").replace("・", ""));
	}

	private static boolean insideWellKnown(String folded, Finding name) {
		String part = name.in(folded);
		for (String known : WELL_KNOWN) {
			if (known.length() > part.length() && known.contains(part)) {
				int at = folded.indexOf(known, Math.max(0, name.end() - known.length()));
				if (at >= 0 && at <= name.start()) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean afterOffice(String folded, Finding name) {
		int from = Math.max(0, name.start() - 16);
		return OFFICE_BEFORE.matcher(name.in(folded)).region(0, Math.min(name.length(), 16)).find()
				|| OFFICE_BEFORE.matcher(folded).region(from, name.start()).find()
				|| (name.start() > 0 && OFFICE_LAST_CHARS.indexOf(folded.charAt(name.start() - 1)) >= 0
						&& OFFICE_BEFORE_JA.matcher(folded).region(from, name.start()).find());
	}

	private static int afterHonorific(String folded, int end) {
		for (String honorific : HONORIFICS) {
			if (folded.startsWith(honorific, end)) {
				return end + honorific.length();
			}
		}
		return end;
	}

}
