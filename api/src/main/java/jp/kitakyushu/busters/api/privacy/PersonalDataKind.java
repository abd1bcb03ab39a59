package jp.kitakyushu.busters.api.privacy;

/**
 * A category of personal data, each with the marker that replaces it in Japanese and in
 * English text.
 */
public enum PersonalDataKind {

	/** A telephone or fax number, Japanese or international. */
	PHONE("［電話番号］", "[phone]"),

	/** An e-mail address, including full-width and "(at)" spellings. */
	EMAIL("［メールアドレス］", "[email]"),

	/** A twelve-digit number shaped like a My Number (individual number). */
	MY_NUMBER("［個人番号］", "[personal number]"),

	/** A postal code or a street address down to the block or house number. */
	POSTAL_ADDRESS("［住所］", "[address]"),

	/** The name of a person, found through an honorific or a self-introduction. */
	PERSON_NAME("［氏名］", "[name]"),

	/** A Japanese vehicle number plate. */
	NUMBER_PLATE("［ナンバー］", "[plate]"),

	/** A bank account number or branch code. */
	BANK_ACCOUNT("［口座番号］", "[bank account]"),

	/** A full date of birth. */
	DATE_OF_BIRTH("［生年月日］", "[date of birth]");

	private final String japaneseMarker;

	private final String englishMarker;

	PersonalDataKind(String japaneseMarker, String englishMarker) {
		this.japaneseMarker = japaneseMarker;
		this.englishMarker = englishMarker;
	}

	/**
	 * The marker used in text that contains any Japanese script.
	 * @return a full-width bracketed Japanese label such as {@code ［電話番号］}
	 */
	public String japaneseMarker() {
		return this.japaneseMarker;
	}

	/**
	 * The marker used in text written only in Latin script.
	 * @return a bracketed English label such as {@code [phone]}
	 */
	public String englishMarker() {
		return this.englishMarker;
	}

}
