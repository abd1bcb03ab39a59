package jp.kitakyushu.busters.api.privacy;

import java.util.Set;

/**
 * Common given names and surnames written in Latin letters (English and other Western
 * names, Japanese names in romaji) and Western names written in katakana: capitalised
 * words are everywhere in English, so only a known name makes one a person without a cue.
 *
 * <p>
 * General frequency lists written from common knowledge, not from any corpus here.
 */
final class LatinNames {

	private LatinNames() {
	}

	static final Set<String> GIVEN_NAMES = WordLists
		.of("""
				James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
				Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary
				Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond
				Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Noah Ethan Jeremy Walter
				Christian Keith Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Bruce Gabriel
				Logan Alan Juan Albert Elijah Wayne Randy Vincent Mason Roy Ralph Russell Bradley Philip Eugene Louis Oliver Harry
				Leo Archie Alfie Freddie Theo Finn Luke Lucas Liam Toby Sam Tom Ben Dan Matt Chris Mike Nick Tim Jim Will Alex
				Ian Neil Graham Simon Stuart Colin Martin Craig Gavin Hugh Rory Callum Jamie Ewan Owen Rhys Victor Hans Klaus
				Stefan Marco Luca Matteo Giovanni Pierre Jean Antoine Carlos Miguel Pablo Diego Javier Omar Ali Ahmed Mohammed
				Raj Ravi Arjun Wei Jun Hiro Ken Min Jae Sung Hyun Ivan Dmitri Sergei Nikolai Andrei Tomasz Piotr Lars Erik Sven
				Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley
				Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia
				Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel
				Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan
				Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice
				Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie
				Brittany Charlotte Marie Kayla Alexis Lori Chloe Lily Ella Mia Ava Amelia Isla Poppy Ruby Freya Evie Holly Lucy
				Sophie Katie Zoe Ellie Georgia Bethany Abby Anika Aisha Fatima Nina Elena Julia Sofia Clara Ingrid Astrid
				Yasmin Layla Leila Eva Ada Iris Rose Violet Hazel Ivy Nora Claire Fiona Eileen Siobhan Bridget Gemma Kirsty
				Lauren Jade Naomi Esther Miriam Leah Tara Anita Rita Monica Veronica Beatrice Harriet Imogen Matilda Florence
				""");

	static final Set<String> SURNAMES = WordLists
		.of("""
				Smith Johnson Williams Brown Jones Miller Davis Garcia Rodriguez Wilson Martinez Anderson Taylor Thomas Hernandez
				Moore Martin Jackson Thompson White Lopez Lee Gonzalez Harris Clark Lewis Robinson Walker Perez Hall Young Allen
				Sanchez Wright King Scott Green Baker Adams Nelson Hill Ramirez Campbell Mitchell Roberts Carter Phillips Evans
				Turner Torres Parker Collins Edwards Stewart Flores Morris Murphy Rivera Cook Rogers Morgan Peterson Cooper
				Reed Bailey Bell Gomez Kelly Howard Ward Cox Diaz Richardson Wood Watson Brooks Bennett Gray Grey Reyes Cruz
				Hughes Price Myers Long Foster Sanders Ross Morales Powell Sullivan Russell Ortiz Jenkins Gutierrez Perry Butler
				Barnes Fisher Henderson Coleman Simmons Patterson Reynolds Hamilton Graham Kim Gonzales Ramos Wallace Griffin
				West Cole Hayes Chavez Gibson Bryant Ellis Stevens Murray Ford Marshall Owens McDonald Harrison Ruiz Kennedy Wells
				Alvarez Woods Mendoza Castillo Olson Webb Washington Tucker Freeman Burns Vasquez Snyder Simpson Crawford Jimenez
				Porter Mason Shaw Gordon Wagner Hunter Romero Hicks Dixon Hunt Palmer Robertson Black Holmes Stone Meyer Boyd
				Mills Warren Fox Rose Rice Moreno Schmidt Patel Ferguson Nichols Herrera Medina Fernandez Weaver Daniels Stephens
				Gardner Payne Kelley Dunn Pierce Arnold Tran Spencer Peters Hawkins Grant Hansen Castro Hoffman Hart Elliott
				Cunningham Knight Bradley Clarke Walsh Byrne Doyle Brennan Quinn Gallagher Kavanagh Fitzgerald Dunne Lynch
				Davies Jenkins Lloyd Griffiths Morgan Hopkins Powell Fletcher Lang Mitchell Carr Wade Hudson
				Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Silva Santos
				Ferreira Pereira Oliveira Almeida Sousa Muller Schneider Fischer Weber Becker Schulz Hoffmann Koch Richter Wolf
				Dubois Bernard Laurent Lefebvre Petit Durand Leroy Simon Fontaine Haddad Hassan Khan Ahmed Ali Hussein
				Le Pham Hoang Phan Vu Dang Bui Do Ngo Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Wang Li Zhang Liu Chen Yang
				Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo Ivanov Petrov Smirnov Kowalski Nowak Wisniewski
				Jensen Nielsen Larsen Andersen Johansson Karlsson Nilsson Eriksson Singh Kumar Sharma Gupta Shah Mehta Reid Nair
				""");

	static final Set<String> ROMAJI_SURNAMES = WordLists
		.of("""
				Sato Satou Suzuki Takahashi Tanaka Ito Itou Watanabe Yamamoto Nakamura Kobayashi Kato Katou Yoshida Yamada
				Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Saito Saitou Shimizu Yamazaki Mori Ikeda Hashimoto Abe Ishikawa
				Yamashita Nakajima Ishii Ogawa Maeda Okada Hasegawa Fujita Goto Gotou Kondo Kondou Murakami Endo Endou Aoki
				Sakamoto Fukuda Ota Ohta Oota Nishimura Fujii Kaneko Okamoto Fujiwara Nakano Miura Harada Nakagawa Matsuda
				Takeuchi Ono Tamura Nakayama Wada Ishida Morita Ueda Hara Uchida Shibata Sakai Miyazaki Yokoyama Takagi Ando
				Miyamoto Ohno Oono Kojima Taniguchi Imai Kudo Takada Masuda Maruyama Sugiyama Murata Otsuka Arai Koyama Hirano
				Fujimoto Kono Kouno Ueno Noguchi Takeda Matsui Chiba Iwasaki Sugawara Kinoshita Kubo Sano Nomura Matsuo
				Ichikawa Kikuchi Sugimoto Furukawa Onishi Shimada Mizuno Sakurai Takano Watabe Yoshikawa Yamauchi Nishida Iida
				Nishikawa Komatsu Kitamura Yasuda Igarashi Kawaguchi Hirata Seki Nakata Kubota Hattori Higashi Iwata Tsuchiya
				Kawamura Inaba Tsuji Koga Nagata Noda Shiraishi Hirakawa Araki Sakaguchi Ogata Miyata Higuchi Katayama Taguchi
				Matsuoka Yoshinaga Ishibashi Matsumura Umeda Oishi Miyahara Hamada Okubo Iwamoto Matsushita Uchiyama Akiyama
				Morimoto Hori Imamura Honda Kido Eto Tashiro Hidaka Kuroki Fukushima Yano Nonaka Tokunaga Tsuda Takeshita Yoshioka
				Uemura Okawa Yamanaka Hirai Oda Matsunaga Ishihara Kumagai Okumura Okuda Kuwahara Maekawa Nakanishi Miyagawa
				Tajima Oshima Kawano Kawakami Tanabe Nishioka Nagai Sakata Kawasaki Kuroda Hoshino Ozaki Horiuchi Matsuura
				Okazaki Kishi Mochizuki Nakahara Arima Kamata Harada Endo Hamasaki Sugita Tsutsumi Fukunaga Koike Miyashita
				Kataoka Nagao Yoshimura Naito Yoshino Sudo Otani Omori Konishi Ohashi Moriyama Takayama Nitta Ogasawara Asano
				Matsuyama Mizutani Sekiguchi Honma Uno Doi Tsuchida Iguchi Ozawa Enomoto Fukui Koizumi Kawashima Aoyama
				Yamane Nagata Nishio Horie Matsubara Nozaki Nishino Imaizumi Okamura Hosokawa Yoshihara Oyama Sugiura Asai
				Kitagawa Iizuka Tsujimoto Hotta Morishita Ishiguro Fujioka Oshiro Kaneshiro Miyagi Higa Uehara Arakaki
				""");

	static final Set<String> ROMAJI_GIVEN_NAMES = WordLists
		.of("""
				Hiroshi Kenta Shota Yuto Sota Souta Daiki Takumi Ryo Ren Riku Yuki Kaito Sho Kazuki Yuma
				Yusuke Daisuke Kosuke Ryota Shun Koji Akira Satoshi Makoto Taro Ichiro Jiro Kenichi Shinichi Hideki Hideo Masato
				Masaki Naoki Tomoya Tatsuya Tetsuya Kazuya Takuya Yuya Hiroto Minato Sora Haruki Itsuki Yamato Kota Sosuke
				Shunsuke Keisuke Ryosuke Yosuke Hayato Taiga Taichi Hinata Asahi Akihiro Kazuo Tadashi Shigeru Osamu Minoru Isamu
				Susumu Masao Yoshio Tsuyoshi Goro Toshio Noboru Hajime Tsubasa Shinji Junichi Koichi Yoichi Ryuichi Kentaro
				Yui Aiko Akiko Keiko Yoko Kyoko Michiko Yumiko Kumiko Mariko Tomoko Yuko Naoko Emi Akemi Miho Misaki Hina Haruka
				Sakura Aoi Rin Mei Mio Yuna Riko Saki Nana Airi Ayaka Asuka Chihiro Eri Erika Kana Kanako Kaori Kasumi Maki Mai
				Mami Mayu Megumi Midori Mika Miki Minami Momoko Nao Natsuki Noriko Reiko Rie Rika Risa Sachiko Sayaka Shiori
				Sumire Tomomi Yoshiko Yumi Yukari Yuri Hanako Chie Fumiko Hiromi Junko Kazuko Masako Setsuko Takako Hana Ayumi
				Nozomi Hitomi Yuka Ayako Mayumi Eiko Etsuko Hiroko Kiyoko Mitsuko Nobuko Sanae Shizuka Tomoe Yoshie Youko
				""");

	/** Western given names and surnames in katakana, the parts of 名・姓 and 姓・名. */
	static final Set<String> KATAKANA_NAMES = WordLists.of("""
			ジョン アンナ マイケル ジェームズ ロバート ウィリアム デイビッド デビッド リチャード トーマス トム チャールズ ダニエル
			マシュー ポール アンドリュー ケビン ジョージ エドワード ピーター ヘンリー ジャック ハリー オリバー ルーカス レオ ベン サム
			メアリー エリザベス サラー エミリー エマ ソフィア ソフィー オリビア ルーシー ローラ ジュリア クララ ニーナ ナタリー
			キャサリン ヘレン グレース リリー ミア アリス エレナ ハンナ ジェニファー ジェシカ レベッカ レイチェル メーガン カレン
			カルロス ホセ ミゲル フアン パブロ ディエゴ ルイス アントニオ マルコ ルカ ジョバンニ ピエール ジャン ハンス イワン
			アハメド モハメド オマール アリ ラジ ラジュ プリヤ ファティマ アイシャ トラン ファム チャン キム リー パク チェ
			スミス ジョンソン ウィリアムズ ブラウン ジョーンズ ミラー デイビス ガルシア ロドリゲス ウィルソン マルティネス アンダーソン
			テイラー トンプソン ホワイト ロペス ハリス クラーク ルイス ロビンソン ウォーカー ヤング アレン キング ライト
			スコット ベイカー アダムス ネルソン ヒル キャンベル ミッチェル ロバーツ カーター フィリップス エバンス ターナー
			パーカー コリンズ エドワーズ モリス マーフィー クック ロジャース モーガン クーパー リード ベル ケリー ワトソン ブルックス
			シュミット シュミット ミュラー フィッシャー ベッカー ロッシ サントス シルバ ペトロワ イワノフ コワルスキ クマール
			""");

}
