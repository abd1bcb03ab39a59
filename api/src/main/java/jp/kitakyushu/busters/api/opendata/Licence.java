package jp.kitakyushu.busters.api.opendata;

/**
 * The licence every data set is published under, as its files state it.
 */
final class Licence {

	static final String NAME = "CC BY 4.0";

	static final String URL = "https://creativecommons.org/licenses/by/4.0/deed.ja";

	static final String COMPATIBILITY_JA = "クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）で提供します。"
			+ "デジタル庁の公共データ利用規約（第1.0版）（PDL1.0）と互換性があり、同規約に基づく利用もできます。";

	static final String COMPATIBILITY_EN = "Published under Creative Commons Attribution 4.0 International (CC BY 4.0), "
			+ "which is compatible with the Digital Agency's Public Data License version 1.0 (公共データ利用規約 PDL1.0).";

	static final String ATTRIBUTION = "出典：北九州市「北九州課題快傑バスターズ」オープンデータ (Source: City of Kitakyushu, Kitakyushu Problem-Solving Busters open data)";

	private Licence() {
	}

}
