package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Set;

/**
 * The word lists that tell a person's name from the many ordinary nouns that also take
 * さん, 様 or 氏 (お客様, 患者さん, 市長さん) or follow 私は (私は市民です).
 */
final class NameLexicon {

	private NameLexicon() {
	}

	/**
	 * Common surnames, with those frequent in Fukuoka, for the weak cues (私はXです, a
	 * one-kanji name before さん) where only a known surname is evidence enough. Kitakyushu
	 * place names that are also surnames (小倉, 門司, 若松, 八幡) are left out on purpose: here
	 * they are far more often the place.
	 */
	static final Set<String> SURNAMES = JapaneseNames.SURNAMES;

	/** Nouns that take an honorific without being anyone's name. */
	static final Set<String> GENERIC = Set.of("皆", "皆々", "客", "子", "奥", "母", "父", "兄", "姉", "弟", "妹", "娘", "息子", "孫",
			"嫁", "婿", "主人", "旦那", "家族", "親", "両親", "神", "仏", "王", "殿", "姫", "赤", "婆", "爺", "坊", "嬢", "祖母", "祖父", "叔母",
			"伯母", "叔父", "伯父", "夫", "妻", "夫婦", "隣", "隣人", "近所", "先方", "相手", "本人", "当人", "個人", "他人", "友人", "知人", "住人",
			"老人", "大人", "新人", "役人", "犯人", "婦人", "職人", "管理人", "世話人", "同", "異", "多", "一", "模", "仕", "左", "各", "貴", "両",
			"某", "彼", "彼女", "苦労", "世話", "馳走", "陰", "愁傷", "得意", "大工", "西鉄", "天神", "地蔵", "観音", "稲荷", "大黒", "恵比寿", "行政",
			"警察", "消防", "交通", "電力", "生協", "農協", "漁協", "日本製鉄", "地域", "乗客", "自治会", "町内会", "方", "方々", "人", "人々", "子供",
			"児童", "生徒", "先生", "上", "外", "年寄", "高齢", "匿名", "匿名希望", "名無し", "非公開希望", "不明", "非公開", "秘密", "無記名", "未定", "省略",
			"個人名", "園児", "乳児", "幼児", "男児", "女児", "患児", "病児", "息子夫婦", "娘夫婦", "双子", "親子", "弟子", "友達", "仲間", "同僚", "上司",
			"部下", "先輩", "後輩", "近隣", "隣家", "敬具", "敬白", "謹白", "草々", "早々", "拝啓", "前略", "謹啓", "不一");

	/** Endings of job titles, roles, groups and places, which names never end with. */
	static final List<String> GENERIC_ENDINGS = List.of("者", "員", "師", "官", "長", "民", "婦", "駅", "駅前", "区", "市", "県",
			"都", "府", "国", "園", "校", "院", "所", "社", "店", "局", "課", "会", "団", "館", "線", "号", "便", "車", "省", "庁", "署",
			"隊", "班", "係", "屋", "手", "工", "家", "方", "主", "客", "親", "族", "業", "級生", "校生", "学生", "年生", "修生", "習生", "学者",
			"先生", "医", "議", "育士", "護士", "防士", "理士", "転士", "養士", "築士", "労士", "書士", "祉士", "備士", "町内", "地区", "団地", "会社",
			"銀行", "病院", "企業", "組合", "協会", "様", "神", "仏", "党", "軍", "科", "部会", "本部", "支部", "チーム", "希望", "金属", "製鉄", "運送",
			"運輸", "電機", "電気", "工業", "建設", "工務", "商事", "物産", "産業", "製作所", "鉄道", "電鉄", "食品", "薬局", "書店", "商会", "設備", "興業",
			"開発", "不動産", "保険", "証券", "證券", "交通", "観光", "物流", "タクシー", "自動車", "石油", "化学", "製薬", "酒造", "醸造", "新聞", "放送",
			"通信", "急便", "ガス", "信金", "生協", "農協", "漁協", "環境");

	/**
	 * Words after which a run of kanji turns into the name itself: 町内会長田中さん,
	 * 小倉北区役所職員山田さん.
	 */
	static final List<String> CONTEXT = List.of("北九州市", "福岡県", "門司区", "小倉北区", "小倉南区", "若松区", "八幡東区", "八幡西区", "戸畑区",
			"市役所", "区役所", "役所", "会長", "委員", "職員", "担当者", "担当", "近所", "隣家", "主治医", "医師", "看護師", "先生", "保育士", "店長", "社長",
			"部長", "課長", "係長", "市長", "区長", "院長", "園長", "校長", "所長", "代表", "管理人", "大家", "運転手", "社員", "友人", "知人", "利用者",
			"同僚", "上司", "祖母", "祖父", "叔母", "叔父", "区", "県", "課", "係", "駅", "故");

	/** Katakana words that take さん but are roles, not people. */
	static final Set<String> KATAKANA_GENERIC = Set.of("ママ", "パパ", "ヘルパー", "ボランティア", "スタッフ", "ドライバー", "ケアマネ",
			"ケアマネージャー", "ケアマネジャー", "パート", "バイト", "アルバイト", "サポーター", "ガイド", "オーナー", "マスター", "シェフ", "ユーザー", "メンバー", "ゲスト",
			"ファン", "コーチ", "トレーナー", "リーダー", "マネージャー", "オペレーター", "ワーカー", "ナース", "ドクター", "ベビー", "キッズ", "シニア", "ホスト",
			"クライアント", "ベンダー", "パートナー", "ヤクルト", "コンビニ", "タクシー", "バス", "シングルマザー", "シングルファーザー", "ママ友", "サラリーマン", "フリーランス",
			"エンジニア", "デザイナー", "プログラマー", "カメラマン", "ガードマン", "セールスマン", "ゴミ", "クリーニング", "パン", "ケーキ", "ペット", "ワンちゃん", "ワン",
			"ニャン", "ネコ", "ハト", "カラス", "イノシシ", "サル", "タヌキ", "サービス", "タウン", "マート", "ストア", "スーパー", "センター", "ホーム", "システム",
			"システムズ", "ネット", "モール", "ショップ", "ホテル", "グループ", "ラボ", "クリニック", "フーズ", "ストアー", "デパート", "ドラッグ", "ファーマシー",
			"モーターズ", "オート", "エンジニアリング", "テクノ", "コーポレーション", "ホールディングス");

	static final Set<String> HIRAGANA_GENERIC = Set.of("あか", "ばあ", "じい", "ねえ", "にい", "かあ", "とう", "ぼう", "みな", "わん",
			"にゃん", "ちび", "あんた", "おまえ", "こいつ", "あいつ", "ぼっ", "ねこ", "いぬ", "うさ", "ひよこ", "あの", "その", "この");

	/** Capitalised words that follow "I am" or "this is" but do not start a name. */
	static final Set<String> ENGLISH_NOT_FIRST_NAMES = Set.of("Writing", "Very", "Not", "So", "Also", "Just", "Really",
			"Happy", "Glad", "Sorry", "Concerned", "Worried", "Interested", "Pleased", "Kitakyushu", "Kokura", "Yahata",
			"Moji", "Tobata", "Wakamatsu", "Fukuoka", "Japan", "Japanese", "The", "A", "An", "Our", "From", "With",
			"At", "In", "On", "Living", "Looking", "Responsible", "Proud", "Here", "Currently", "Mr", "Mrs", "Ms", "Dr",
			"Please", "Thank", "Thanks", "Best", "Kind", "Regards", "Sincerely", "Route", "Bus", "Ward", "City",
			"Station", "Team", "Project", "Last", "When", "Hello", "Hi", "Dear", "Yesterday", "Today", "Tomorrow",
			"Every", "Send", "Email", "Call", "Text", "Contact", "Mobile", "Phone", "Account", "Bank", "Room",
			"Apartment", "Flat", "Unit", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
			"January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
			"December", "After", "Before", "Since", "Because", "While", "If", "But", "And", "Or", "Yes", "No", "Many",
			"Some", "All", "Most", "This", "That", "These", "Those", "There", "What", "Why", "How", "Where", "Who",
			"Which", "Could", "Would", "Should", "Can", "May", "Might", "Must", "Shall", "Reply", "Write", "Apt",
			"Suite", "Born", "Ask", "Tell", "Meet", "Visit", "See", "Let", "Help", "Talk", "Speak");

	/** Capitalised words that end organisation and place names, never personal names. */
	static final Set<String> ENGLISH_NOT_LAST_NAMES = Set.of("City", "Ward", "Office", "Station", "Street", "Park",
			"Hall", "Center", "Centre", "Project", "Proposal", "Company", "Inc", "Ltd", "Co", "Corporation", "School",
			"Hospital", "Line", "Route", "Bridge", "River", "Road", "Avenue", "Japan", "Kyushu", "University", "Team",
			"Group", "Department", "Division", "Association", "Council", "Bank", "Mall", "Market", "Library", "Museum",
			"Resident", "Residents", "Citizen", "Volunteer", "Volunteers", "Manager", "Engineer", "Director",
			"Services", "Systems", "Solutions", "Labs", "Works", "Port", "Airport", "Prefecture", "Government", "Mayor",
			"Japanese", "English", "Elementary", "Kindergarten", "Nursery", "Bakery", "Restaurant", "Cafe", "Castle",
			"Mountain", "Mount", "Festival", "Club", "Zoo", "Gardens", "Garden", "Arcade", "Temple", "Shrine", "Beach",
			"Lake", "Hotel", "Clinic", "Pharmacy", "Store", "Shop", "Supermarket", "Gym", "Pool", "Stadium", "Arena",
			"Tower", "House", "Heights", "Court", "Terrace", "Residence", "Mansions", "Institute", "Technology",
			"Memorial", "Medical", "Rotary", "Electric", "Motors", "Steel", "Railway", "Monorail", "Ferry",
			"Kitakyushu", "Kokura", "Kokurakita", "Kokuraminami", "Moji", "Tobata", "Wakamatsu", "Yahata",
			"Yahatanishi", "Yahatahigashi", "Fukuoka", "Prefectural", "Municipal", "Community", "Trust", "Foundation",
			"Society", "Union", "Church", "Academy", "College", "High", "Junior", "Primary", "Building", "Bldg",
			"Plaza", "Harbour", "Harbor", "Bay", "Island", "Valley", "Home", "Homes", "Grill", "Bar", "Kitchen",
			"Diner", "Bistro", "Pub", "Salon", "Farm", "Foods", "Inn", "Lodge", "Mosque", "Muslim", "Christian",
			"Catholic", "Buddhist", "Hindu", "Islamic");

	static boolean isGeneric(String name) {
		String core = name.startsWith("御") ? name.substring(1) : name;
		if (GENERIC.contains(core) || core.isEmpty()) {
			return true;
		}
		if (SURNAMES.contains(core)) {
			return false;
		}
		for (String ending : GENERIC_ENDINGS) {
			if (core.endsWith(ending)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a name starts with a known surname. One-kanji surnames (林, 森, 西) begin too
	 * many ordinary words (西日本, 森林) to count unless they are the whole name.
	 */
	static boolean startsWithSurname(String name) {
		String compact = name.replace(" ", "");
		if (SURNAMES.contains(compact)) {
			return true;
		}
		for (int length = Math.min(3, compact.length()); length >= 2; length--) {
			if (SURNAMES.contains(compact.substring(0, length))) {
				return true;
			}
		}
		return false;
	}

	/** Hiragana words before ちゃん or くん that are family words or babytalk, not names. */
	static boolean isHiraganaGeneric(String word) {
		return word.startsWith("お") || word.startsWith("ご") || HIRAGANA_GENERIC.contains(word);
	}

	static boolean isKatakanaGeneric(String name) {
		for (String word : KATAKANA_GENERIC) {
			if (name.endsWith(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where the name starts inside a run of kanji: just after the last context word that
	 * does not end the run.
	 */
	static int nameStart(String run) {
		int start = 0;
		for (String word : CONTEXT) {
			int at = run.lastIndexOf(word);
			if (at >= 0 && at + word.length() < run.length()) {
				start = Math.max(start, at + word.length());
			}
		}
		return start;
	}

}
