package jp.kitakyushu.busters.api.privacy;

import java.util.regex.Pattern;

/**
 * Masks personal data in free text. (Interim version: phone numbers and e-mail addresses;
 * the full detector replaces it.)
 */
public final class PersonalDataRedactor {

	private static final Pattern PHONE = Pattern.compile("0\\d{1,4}-?\\d{1,4}-?\\d{3,4}");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	private static final PersonalDataRedactor STANDARD = new PersonalDataRedactor();

	private PersonalDataRedactor() {
	}

	/** The redactor with every detector. */
	public static PersonalDataRedactor standard() {
		return STANDARD;
	}

	/** The text with personal data replaced by markers. */
	public String redact(String text) {
		return EMAIL.matcher(PHONE.matcher(text).replaceAll("［電話番号］")).replaceAll("［メールアドレス］");
	}

}
