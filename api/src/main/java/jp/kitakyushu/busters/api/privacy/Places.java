package jp.kitakyushu.busters.api.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Places of Kitakyushu and around it that posts name (wards, districts, stations,
 * landmarks, neighbouring towns), in kanji and in romaji: many are also surnames (前田, 徳力,
 * 宗像, 黒崎), so a place name in a weak person position is no name, and a capitalised word
 * that is a place is no person either.
 *
 * <p>
 * Written from general knowledge of the city's geography, not from any corpus here.
 */
final class Places {

	private Places() {
	}

	static final Set<String> JAPANESE = WordLists.of("""
			北九州 門司 小倉 若松 八幡 戸畑 小倉北 小倉南 八幡東 八幡西 福岡 博多 天神 下関 中間 直方 遠賀 芦屋 水巻 岡垣 苅田 行橋 宗像 福津 飯塚
			田川 中津 宇佐 築上 豊前 京都 大分 山口 熊本 佐賀 長崎 東京 大阪 小田原 横浜 名古屋 広島 神戸
			門司港 大里 小森江 田野浦 柄杓田 恒見 吉志 大積 新門司 東門司 西海岸 清滝 錦町 老松 葛葉 白野江 松ヶ江 猿喰 喜多久 伊川 片上 矢筈
			風師 庄司 藤松 城山 桜町 港町 栄町 寺内 羽山 稲積 和布刈 田野浦
			魚町 京町 紺屋町 鍛冶町 堺町 船場町 米町 古船場町 馬借 浅野 大手町 城内 室町 大門 西港町 日明 中井 井堀 金田 下到津 上到津 到津 今町
			片野 三郎丸 足原 黒原 神岳 清水 真鶴 赤坂 許斐町 霧ヶ丘 高尾 末広 竪町 宇佐町 菜園場 香春口 白銀 弁天町 篠崎 南丘 泉台 富野
			上富野 東篠崎 緑ヶ丘 旦過 紫川 勝山 砂津 平和通 西小倉 南小倉
			守恒 徳力 葛原 曽根 湯川 長尾 志井 上葛原 下曽根 朽網 横代 沼 中曽根 田原 城野 北方 南方 蜷田 若園 企救丘 長行 高野 春ヶ丘 蒲生
			中貫 上吉田 吉田 新道寺 木下 石田 徳吉 母原 平尾台 道原 合馬 東貫 貫 長野 津田 重住 双葉町 安部山 沼本町 下石田 上石田 嵐山口
			枝光 前田 尾倉 大蔵 荒生田 河内 皿倉 皿倉山 祇園 西本町 東鉄町 春の町 清田 大谷 山王 帆柱 高見 桃園 宮の町 茶屋町 上本町 景勝町 日の出
			川淵町 豊町 白川 東田 槻田 黒崎 折尾 陣原 穴生 永犬丸 本城 則松 八枝 浅川 三ヶ森 星ヶ丘 光貞台 木屋瀬 楠橋 香月 馬場山 上津役
			小嶺 鉄竜 竹末 熊手 藤田 岸の浦 相生町 紅梅 東王子町 幸神 瀬板 千代 大浦 引野 鳴水 皇后崎 沖田 医生ケ丘 力丸町 御開 森下町
			青山 友田 山寺町 萩原 上の原 筒井町 田町 野面 市瀬 中本町 新池 天籟寺 一枝 浅生 幸町 汐井町 千防 沢見 夜宮 牧山 中原 旭町
			菅原 鳥旗町 境川 初音町 銀座 東大谷 西大谷 小芝 丸町 正津町 飛幡町 明治町 中島 二島 高須 小石 東二島 青葉台 ひびきの 浜町 白山
			山手町 藤木 小敷 大鳥居 有毛 頓田 竹並 小竹 安瀬 塩屋 修多羅 畠田 蜑住 払川 響灘 洞海湾 関門 足立山 高塔山 平尾台 曽根干潟
			""");

	static final Set<String> ROMAJI = WordLists
		.of("""
				Kitakyushu Kokura Kokurakita Kokuraminami Moji Mojiko Yahata Yahatahigashi Yahatanishi Tobata Wakamatsu Fukuoka
				Hakata Tenjin Shimonoseki Nakama Nogata Onga Ashiya Mizumaki Okagaki Kanda Yukuhashi Munakata Fukutsu Iizuka
				Tagawa Nakatsu Oita Yamaguchi Kumamoto Saga Nagasaki Tokyo Osaka Kyoto Odawara Yokohama Nagoya Hiroshima Kobe
				Kyushu Honshu Japan Kanmon Mekari Dairi Komorie Tanoura Uomachi Kyomachi Konyamachi Sakaimachi Senbamachi Baijaku
				Asano Otemachi Muromachi Daimon Hiagari Nakai Itozu Imamachi Katano Kurohara Shimizu Akasaka Takao Suehiro
				Tatemachi Hakusan Shinozaki Tomino Tanga Murasakigawa Katsuyama Sunatsu Heiwadori Morotsune Moritsune Tokuriki Kuzuhara
				Sone Yugawa Nagao Shii Shimosone Kusami Yokoshiro Tabaru Jono Kitagata Minamigata Wakazono Kikugaoka Hirao
				Hiraodai Ajiro Edamitsu Maeda Okura Okura Arao Kawachi Sarakura Sarakurayama Gion Higashida Kurosaki Orio
				Jinnobaru Ano Einomaru Honjo Norimatsu Yaeda Asakawa Mitsugamori Hoshigaoka Koyanose Kusubashi Katsuki
				Kamikoujaku Tsutsui Sakaemachi Nakabaru Sawami Yomiya Makiyama Futajima Takasu Koishi Aobadai Hibikino
				Hibikinada Dokai Adachi Takatoyama Shiroyama Tomino Nishikokura Minamikokura
				""");

	private static final Set<String> ROMAJI_LOWER = ROMAJI.stream()
		.map((word) -> word.toLowerCase(Locale.ROOT))
		.collect(Collectors.toUnmodifiableSet());

	/**
	 * Whether a capitalised word, or a place in it such as Kokura in Kokura-kita, is a
	 * place.
	 */
	static boolean isRomajiPlace(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		int hyphen = lower.indexOf('-');
		return ROMAJI_LOWER.contains(lower) || (hyphen > 0 && ROMAJI_LOWER.contains(lower.substring(0, hyphen)));
	}

}
