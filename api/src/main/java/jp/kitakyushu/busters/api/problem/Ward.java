package jp.kitakyushu.busters.api.problem;

/**
 * Kitakyushu's seven wards, or the whole city.
 */
public enum Ward {

	/** 門司区 */
	MOJI("門司区", "Moji"),
	/** 小倉北区 */
	KOKURA_KITA("小倉北区", "Kokura Kita"),
	/** 小倉南区 */
	KOKURA_MINAMI("小倉南区", "Kokura Minami"),
	/** 若松区 */
	WAKAMATSU("若松区", "Wakamatsu"),
	/** 八幡東区 */
	YAHATA_HIGASHI("八幡東区", "Yahata Higashi"),
	/** 八幡西区 */
	YAHATA_NISHI("八幡西区", "Yahata Nishi"),
	/** 戸畑区 */
	TOBATA("戸畑区", "Tobata"),
	/** 市全域 */
	CITYWIDE("市全域", "Citywide");

	private final String nameJa;

	private final String nameEn;

	Ward(String nameJa, String nameEn) {
		this.nameJa = nameJa;
		this.nameEn = nameEn;
	}

	/** The ward's Japanese name. */
	public String nameJa() {
		return this.nameJa;
	}

	/** The ward's English name. */
	public String nameEn() {
		return this.nameEn;
	}

}
