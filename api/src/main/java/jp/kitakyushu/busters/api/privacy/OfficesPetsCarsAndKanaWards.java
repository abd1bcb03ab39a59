package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 29: takes back, after every rule that adds names, the words that name no private
 * person: an office holder by surname in a post about that office, a pet wherever its
 * name recurs, a car by maker and model, a ward written in hiragana with its town, and a
 * public place by its last word (笹尾川, 守恒小).
 */
final class OfficesPetsCarsAndKanaWards {

	/**
	 * Surnames of Kitakyushu's mayors (current and former) and Fukuoka's governors, with
	 * the office that makes them public: a post that names the office means the holder
	 * (市長へ。武内さん、…), while the same surname in a post about no office stays a name.
	 */
	private static final Map<String, String> OFFICE_SURNAMES = Map.ofEntries(Map.entry("武内", "市長"),
			Map.entry("北橋", "市長"), Map.entry("末吉", "市長"), Map.entry("谷", "市長"), Map.entry("服部", "知事"),
			Map.entry("小川", "知事"), Map.entry("麻生", "知事"), Map.entry("高島", "市長"), Map.entry("Takeuchi", "ayor"),
			Map.entry("Kitahashi", "ayor"), Map.entry("Sueyoshi", "ayor"), Map.entry("Hattori", "overnor"),
			Map.entry("Takashima", "ayor"));

	/** What a name may carry after it and still be the bare surname. */
	private static final Pattern HONORIFIC = Pattern.compile("(?:さん|様|氏|市長|知事|-san|-sama)$");

	/**
	 * A word the post says is an animal's name: ゴンは犬の名前, ジュンはマスターの飼い猫の名前です.
	 */
	private static final Pattern PET_IS = Pattern
		.compile("(?<w>[ァ-ヺー]{1,8}|[ぁ-ゖ]{2,6}|[A-Za-z]{2,12})(?:ちゃん|くん)?(?:は|って)"
				+ "(?:[^。\\n]{0,10}の)?(?:飼い|愛)?(?:犬|猫|ネコ|イヌ|インコ|鳥|うさぎ|ウサギ|ハムスター|ペット|わんこ|ワンちゃん)の(?:名前|なまえ)");

	/**
	 * A name label and the word after it with the animal in brackets: 名前：ミケ（三毛猫・メス）.
	 */
	private static final Pattern LABELLED_ANIMAL = Pattern
		.compile("(?:名前|なまえ)[:：は]?[ 　]?(?<w>[ァ-ヺー]{1,8}|[ぁ-ゖ]{2,6})(?:ちゃん|くん)?"
				+ "[（(][^（）()\\n]{0,12}(?:犬|猫|インコ|うさぎ|ウサギ|ハムスター|オス|メス|♂|♀)");

	/**
	 * Carmakers and their best-selling models, in Latin letters and katakana: Toyota
	 * Aqua, トヨタ クラウン. A maker alone may be a surname (Suzuki, マツダ), so only a model makes
	 * it a car.
	 */
	private static final Pattern CAR = Pattern
		.compile("^(?:(?i:silver|white|black|red|blue|grey|gray|green|yellow|brown) )?"
				+ "(?:Toyota|Honda|Nissan|Mazda|Subaru|Suzuki|Daihatsu|Mitsubishi|Lexus|Yamaha|Kawasaki|トヨタ|ホンダ|日産|ニッサン|マツダ|スバル|スズキ|ダイハツ|三菱|レクサス|ヤマハ|カワサキ)"
				+ "(?<model>[ 　・]?(?:Aqua|Prius|Crown|Corolla|Yaris|Vitz|Alphard|Vellfire|Voxy|Noah|Hiace|Harrier|Raize|Roomy|Sienta"
				+ "|Land Cruiser|Fit|Freed|Civic|Vezel|Stepwgn|N-BOX|N-Box|Note|Serena|Leaf|Dayz|March|Skyline|X-Trail|Demio|CX-5"
				+ "|CX-3|Roadster|Swift|Jimny|Hustler|Spacia|Alto|Wagon R|Tanto|Move|Mira|Taft|Impreza|Forester|Legacy|Levorg"
				+ "|Delica|Outlander|Vino|Cub|Super Cub|PCX|Ninja|アクア|プリウス|クラウン|カローラ|ヤリス|ヴィッツ|アルファード|ヴェルファイア|ヴォクシー|ノア"
				+ "|ハイエース|ハリアー|ライズ|ルーミー|シエンタ|ランドクルーザー|フィット|フリード|シビック|ヴェゼル|ステップワゴン|ノート|セレナ|リーフ|デイズ|マーチ"
				+ "|スカイライン|エクストレイル|デミオ|ロードスター|スイフト|ジムニー|ハスラー|スペーシア|アルト|ワゴンR|タント|ムーヴ|ミラ|タフト|インプレッサ"
				+ "|フォレスター|レガシィ|デリカ|ビーノ|カブ|スーパーカブ))?$");

	/** A place in a town, after the town's name and の. */
	private static final Pattern TOWN_PLACE_AFTER = Pattern
		.compile("の(?:自宅|家|実家|近く|近所|辺り|あたり|交差点|公園|バス停|駅|坂|道|川|海岸|団地|アパート|マンション)");

	/** Wards of Kitakyushu in hiragana, as children and the elderly write them. */
	private static final Pattern KANA_WARD = Pattern
		.compile("(?<![ぁ-ゖ])(?:もじ|こくらきた|こくらみなみ|わかまつ|やはたひがし|やはたにし|とばた)く(?:[ 　]?(?<town>[ぁ-ゖ]{2,8}))?");

	/**
	 * A ward in hiragana, its town and a lot in digits joined by dashes or long marks:
	 * こくらきたく うおまち 三ー二ー五, a full address.
	 */
	private static final Pattern KANA_WARD_LOT = Pattern.compile("(?<![ぁ-ゖ])(?:もじ|こくらきた|こくらみなみ|わかまつ|やはたひがし|やはたにし|とばた)く"
			+ "[ 　]?[ぁ-ゖ]{2,8}[ 　]?(?:[0-9一二三四五六七八九十]{1,2}ちょうめ[ 　]?)?[0-9一二三四五六七八九十〇]{1,3}(?:[ー－\\-の][0-9一二三四五六七八九十〇]{1,4}){1,2}(?![0-9一二三四五六七八九十〇])");

	/** Public places by their last word: 笹尾川, 島ちゃん公園, 守恒小, 藤木子ども会. */
	private static final List<String> PLACE_WORDS = List.of("公園", "川", "小学校", "中学校", "小", "駅", "橋", "子ども会", "子供会", "校区",
			"霊園", "神社");

	/** The place words no surname ends with. */
	private static final List<String> ENDING_PLACE_WORDS = List.of("公園", "小学校", "中学校", "小", "子ども会", "子供会", "霊園", "神社");

	private OfficesPetsCarsAndKanaWards() {
	}

	static void remove(String folded, List<Finding> candidates) {
		boolean japanese = TextFold.isJapanese(folded);
		Set<String> pets = pets(folded, candidates, japanese);
		Set<int[]> wards = japanese ? kanaWards(folded, candidates) : Set.of();
		candidates.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME
				&& (officeHolder(folded, finding) || pet(folded, finding, pets) || car(folded, finding)
						|| townAfterWard(folded, finding) || placeBySuffix(folded, finding)));
		if (wards.isEmpty()) {
			return;
		}
		// A name found over a ward and its town keeps only what follows them: こくらきたく
		// あさの すずき うめ is the address, then the writer.
		List<Finding> kept = new ArrayList<>();
		candidates.removeIf((finding) -> {
			if (finding.kind() != PersonalDataKind.PERSON_NAME) {
				return false;
			}
			for (int[] span : wards) {
				if (finding.start() < span[1] && span[0] < finding.end()) {
					int start = span[1];
					while (start < finding.end() && Character.isWhitespace(folded.charAt(start))) {
						start++;
					}
					if (finding.start() >= span[0] && finding.end() - start >= 2) {
						kept.add(new Finding(finding.kind(), start, finding.end(), finding.confidence()));
					}
					return true;
				}
			}
			return false;
		});
		candidates.addAll(kept);
	}

	private static boolean officeHolder(String folded, Finding finding) {
		String word = HONORIFIC.matcher(finding.in(folded).strip()).replaceAll("");
		String office = OFFICE_SURNAMES.get(word);
		return office != null && folded.contains(office) && !PublicFigures.courtesyTitled(folded, finding);
	}

	/** The words the post shows are pets' names, each found at least once as a pet. */
	private static Set<String> pets(String folded, List<Finding> candidates, boolean japanese) {
		Set<String> pets = new HashSet<>();
		for (Finding found : candidates) {
			if (found.kind() == PersonalDataKind.PERSON_NAME && PetNames.isPet(folded, found)) {
				pets.add(bare(found.in(folded)));
			}
		}
		if (japanese && (folded.contains("名前") || folded.contains("なまえ"))) {
			for (Pattern cue : List.of(PET_IS, LABELLED_ANIMAL)) {
				Matcher pet = cue.matcher(folded);
				while (pet.find()) {
					pets.add(pet.group("w"));
				}
			}
		}
		return pets;
	}

	private static boolean pet(String folded, Finding finding, Set<String> pets) {
		return !pets.isEmpty() && pets.contains(bare(finding.in(folded)));
	}

	private static String bare(String word) {
		String stripped = word.strip();
		for (String suffix : List.of("ちゃん", "くん")) {
			if (stripped.endsWith(suffix) && stripped.length() > suffix.length()) {
				return stripped.substring(0, stripped.length() - suffix.length());
			}
		}
		return stripped;
	}

	/** A carmaker with its model, or the model right after its maker. */
	private static boolean car(String folded, Finding finding) {
		Matcher car = CAR.matcher(finding.in(folded));
		if (car.matches()) {
			return car.group("model") != null;
		}
		int end = finding.start() - 1;
		if (end < 2 || folded.charAt(end) != ' ' && folded.charAt(end) != '　') {
			return false;
		}
		int start = end;
		while (start > 0 && !Character.isWhitespace(folded.charAt(start - 1)) && end - start < 12) {
			start--;
		}
		Matcher maker = CAR.matcher(folded.substring(start, finding.end()));
		return maker.matches() && maker.group("model") != null;
	}

	/**
	 * A word right after a ward's name and before の and a place in it: 八幡東区 前田の自宅 is a
	 * town of the ward, as a place in it follows.
	 */
	private static boolean townAfterWard(String folded, Finding finding) {
		int start = finding.start();
		while (start > 0 && (folded.charAt(start - 1) == ' ' || folded.charAt(start - 1) == '　')) {
			start--;
		}
		return start >= 2 && folded.charAt(start - 1) == '区'
				&& TOWN_PLACE_AFTER.matcher(folded).region(finding.end(), folded.length()).lookingAt();
	}

	/** The spans of wards in hiragana with the town after them, unless a lot follows. */
	private static Set<int[]> kanaWards(String folded, List<Finding> candidates) {
		if (folded.indexOf('く') < 0) {
			return Set.of();
		}
		Set<int[]> spans = new HashSet<>();
		Matcher lot = KANA_WARD_LOT.matcher(folded);
		while (lot.find()) {
			candidates.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, lot.start(), lot.end()));
		}
		Matcher ward = KANA_WARD.matcher(folded);
		while (ward.find()) {
			spans.add(new int[] { ward.start(), ward.end() });
		}
		return spans;
	}

	/** Whether a name found is a public place by the word after or at its end. */
	private static boolean placeBySuffix(String folded, Finding name) {
		String word = name.in(folded);
		if (JapaneseScripts.of(word.charAt(0)) != JapaneseScripts.KANJI) {
			return false;
		}
		for (String place : PLACE_WORDS) {
			// Right before the place's word (笹尾|川, 島|ちゃん公園); at a name's end only the
			// words no surname ends with (守恒小, 中島公園), not 川 or 橋 (中川, 石橋).
			boolean before = !place.equals("小")
					&& (folded.startsWith(place, name.end()) || folded.startsWith("ちゃん" + place, name.end()));
			boolean ending = ENDING_PLACE_WORDS.contains(place) && word.endsWith(place)
					&& word.length() > place.length() && !word.contains(" ");
			boolean split = place.startsWith("子") && word.endsWith("子")
					&& folded.startsWith(place.substring(1), name.end());
			if (before || ending || split) {
				return true;
			}
		}
		return false;
	}

}
