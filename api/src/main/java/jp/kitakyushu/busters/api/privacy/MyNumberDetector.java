package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds twelve-digit numbers shaped like a My Number: twelve digits in a row or in groups
 * of four split by one consistent space or hyphen.
 *
 * <p>
 * The check digit is deliberately not verified: people mistype, and a mistyped My Number
 * is still someone's. A twelve-digit amount is told apart by the currency or unit around
 * it; amounts that large are written with commas or 億 anyway.
 */
final class MyNumberDetector implements Detector {

	private static final PatternRule TWELVE_DIGITS = PatternRule
		.of("(?<![\\d\\-.,/¥$]|[¥$] )(?<v>\\d{4}(?<s>[ \\-]?)\\d{4}\\k<s>\\d{4})"
				+ "(?![\\d\\-]|[.,/]\\d| ?(?:円|万|億|兆|人|件|個|回|名|台|世帯|ドル|yen|dollars|people|kg|km|t\\b|%))")
		.startingAt(StartSet.runOf(StartSet.DIGIT));

	/**
	 * Labels of the twelve-digit numbers a city and its suppliers hand out themselves
	 * (受付番号 202504010001, order number ...); those identify a case, not a person.
	 */
	private static final Pattern ISSUED_NUMBER_LABEL = Pattern
		.compile("(?:受付|整理|注文|管理|伝票|問い?合わ?せ|申込|予約|受験|お客様|案件|事業者)番号|\\b(?i:order|ticket|reference|ref"
				+ "|tracking|invoice|case|receipt|application)(?: (?:number|no\\.?|id))?|No\\.|\\bID\\b");

	private static final int LABEL_REACH = 20;

	@Override
	public void detect(String folded, List<Finding> out) {
		if (PatternRule.digitCount(folded) < 12) {
			return;
		}
		List<Finding> found = new ArrayList<>();
		TWELVE_DIGITS.findAll(folded, PersonalDataKind.MY_NUMBER, found);
		for (Finding finding : found) {
			String before = folded.substring(Math.max(0, finding.start() - LABEL_REACH), finding.start());
			if (!ISSUED_NUMBER_LABEL.matcher(before).find()) {
				out.add(finding);
			}
		}
	}

}
