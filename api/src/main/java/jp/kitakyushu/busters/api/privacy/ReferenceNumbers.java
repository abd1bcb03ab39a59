package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps the numbers a label calls a reference (受付番号, 納付書番号, Reference no., Customer
 * number) from being taken for a phone or an individual number, however alike they look.
 */
final class ReferenceNumbers {

	/**
	 * A label of a reference, then at most a particle or a colon, ending right before the
	 * number.
	 */
	private static final Pattern LABEL = Pattern.compile("(?:受付|納付書|整理|管理|申込|予約|問合せ|お問い合わせ|お客様|契約|伝票|証明書|通知書?|水道|検針)"
			+ "番号 ?(?:は|が|:|：)? ?$|(?i:reference|ref|customer|case|receipt|notice|order|booking|ticket|contract)"
			+ "(?: no\\.?| number| #|#)?(?: is| was)? ?:? ?$"
			+ "|(?i:card|application|membership|member|registration|patient|library) (?i:no\\.?|number)(?: is| was)? ?:? ?$");

	/** How far back a label is looked for. */
	private static final int REACH = 24;

	private ReferenceNumbers() {
	}

	static void remove(String folded, List<Finding> candidates) {
		candidates.removeIf(
				(finding) -> (finding.kind() == PersonalDataKind.PHONE || finding.kind() == PersonalDataKind.MY_NUMBER)
						&& LABEL.matcher(folded.substring(Math.max(0, finding.start() - REACH), finding.start()))
							.find());
	}

}
