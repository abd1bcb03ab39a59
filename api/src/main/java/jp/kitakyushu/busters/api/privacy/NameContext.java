package jp.kitakyushu.busters.api.privacy;

import java.util.List;

/**
 * The words around a Japanese name that tell a person from a place or a business: roles
 * and relations point to a person (北島自治会長, 娘の結衣), what follows a place or a company
 * points away (山田緑地, 吉田建設, 守恒駅).
 */
final class NameContext {

	private NameContext() {
	}

	/** Roles written right after a name: 松永会長, 岩下主査, 中尾浩二（自治会長）. */
	static final List<String> ROLES = List.of("自治会長", "町内会長", "副会長", "会長", "課長補佐", "課長代理", "主任", "主査", "主事", "主幹", "参事",
			"技師", "次長", "副部長", "部長代理", "議長", "専務", "常務", "取締役", "係長", "課長", "部長", "班長", "隊長", "理事長", "理事", "委員長",
			"民生委員", "委員", "議員", "市議", "社長", "店長", "所長", "校長", "教頭", "園長", "院長", "局長", "室長", "区長", "館長", "医師", "看護師",
			"保健師", "代表", "事務局長", "管理人", "組長", "世話役", "相談員", "指導員", "巡査", "監督", "コーチ", "担任", "副校長", "書記", "会計", "顧問",
			"幹事");

	/** Family and other relations written right before a name: 娘のみさき, 夫・宮地 隆之. */
	static final List<String> RELATIONS = List.of("孫娘", "孫息子", "一人娘", "一人息子", "大叔母", "大叔父", "義母", "義父", "義姉", "義兄",
			"義妹", "義弟", "祖母", "祖父", "叔母", "叔父", "伯母", "伯父", "長男", "長女", "次男", "次女", "三男", "三女", "末っ子", "息子", "娘", "孫",
			"夫", "妻", "母", "父", "兄", "姉", "弟", "妹", "姪", "甥", "嫁", "婿", "主人", "家内", "友人", "同居人", "恋人", "彼氏", "彼女",
			"子どもたち", "子供たち", "子ども", "子供", "小学生", "中学生", "高校生", "園児", "児童", "生徒", "孫たち", "うち", "旦那さん", "旦那", "奥さん",
			"嫁さん", "相方", "上司", "同僚", "隣人", "親友", "知人", "部下", "後輩", "先輩", "いとこ", "従兄弟", "従姉妹", "姑", "舅", "兄貴", "姉貴",
			"双子", "三つ子");

	/**
	 * What follows a place or business name: a run that a dictionary tags as a person but
	 * continues with one of these is not one.
	 */
	static final List<String> PLACE_OR_BUSINESS_ENDINGS = List.of("駅", "公園", "緑地", "団地", "町", "区", "市", "村", "郡", "県",
			"通り", "通", "橋", "川", "山", "台", "丘", "浜", "港", "線", "口", "館", "記念館", "旧居", "学園", "学院", "学校", "小学校", "中学校",
			"高校", "大学", "病院", "医院", "クリニック", "眼科", "内科", "外科", "歯科", "商店", "工務店", "建設", "工業", "運送", "運輸", "電気", "電機",
			"株式会社", "有限会社", "銀行", "信金", "支店", "本店", "店", "屋", "製作所", "産業", "商事", "会館", "センター", "ビル", "ハイツ", "マンション",
			"荘", "寮", "球場", "体育館", "霊園", "神社", "寺", "幼稚園", "保育園", "交差点", "バス停", "営業所", "事務所", "文庫", "賞", "方面", "地区",
			"校区", "地域", "周辺", "付近", "沿い", "行き", "方面", "市場", "浦", "島", "谷", "崎", "坂", "池", "ダム", "湾", "海岸", "道路", "バイパス",
			"トンネル", "城", "庭園", "植物園", "動物園", "水族館", "博物館", "美術館", "図書館", "温泉", "グループ", "ホール", "記念", "家具", "薬局", "書店",
			"食堂", "新聞", "放送", "交通", "鉄道", "モノレール", "電鉄", "バス");

	/** Words that make the next name a company's: 株式会社吉田建設, （株）松本. */
	static final List<String> COMPANY_MARKERS = List.of("株式会社", "有限会社", "合同会社", "(株)", "(有)", "㈱", "㈲");

	/** Nouns after 田中の that make 田中 someone: 田中の家, 田中の携帯. */
	static final List<String> OWNED_BY_A_PERSON = List.of("家", "自宅", "お宅", "宅", "携帯", "電話", "名前", "息子", "娘", "妻", "夫",
			"母", "父", "子", "奥さん", "ご主人", "車", "犬", "猫", "孫", "兄", "姉", "弟", "妹", "名義", "実家");

	/** Elders and grown-ups known by their family name: 大西のじいちゃん, 岡田のおばあちゃん. */
	static final List<String> ELDERS = List.of("おじいちゃん", "おばあちゃん", "じいちゃん", "ばあちゃん", "じいさん", "ばあさん", "おじいさん", "おばあさん",
			"おじさん", "おばさん", "おっちゃん", "おばちゃん", "じっちゃん", "ばっちゃん");

	/** Particles after a name in running text: 梶原と一緒に, 吉原が. */
	static final List<String> PARTICLES = List.of("と", "が", "は", "も", "から", "や", "より");

	static boolean startsWithAny(String text, int at, List<String> words) {
		for (String word : words) {
			if (text.startsWith(word, at)) {
				return true;
			}
		}
		return false;
	}

	static boolean endsWithAny(String text, int at, List<String> words) {
		for (String word : words) {
			if (at >= word.length() && text.startsWith(word, at - word.length())) {
				return true;
			}
		}
		return false;
	}

}
