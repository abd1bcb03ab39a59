package jp.kitakyushu.busters.api.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.privacy.Finding;
import jp.kitakyushu.busters.api.privacy.PersonalDataRedactor;

/**
 * Where a problem's public text comes from: the detector's findings in its title and body
 * at intake, and the spans staff approved afterwards. The public text is always the
 * original with exactly the kept findings masked, never anything else.
 */
final class ProblemMasking {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	private ProblemMasking() {
	}

	/**
	 * The findings in a new problem's title and body.
	 * @param title the original title
	 * @param body the original body
	 * @return the title's findings, then the body's
	 */
	static List<TextFinding> detect(String title, String body) {
		List<TextFinding> findings = new ArrayList<>();
		REDACTOR.detect(title).forEach((finding) -> findings.add(TextFinding.detected(ProblemText.TITLE, finding)));
		REDACTOR.detect(body).forEach((finding) -> findings.add(TextFinding.detected(ProblemText.BODY, finding)));
		return findings;
	}

	/**
	 * One of a problem's texts as the public reads it.
	 * @param original the original title or body
	 * @param which which of the two it is
	 * @param findings all the problem's findings
	 * @return the original with the findings in it masked
	 */
	static String publicText(String original, ProblemText which, List<TextFinding> findings) {
		List<Finding> spans = findings.stream()
			.filter((finding) -> finding.text() == which)
			.map(TextFinding::asFinding)
			.toList();
		return REDACTOR.redact(original, spans);
	}

	/**
	 * What the audit trail records of a problem's findings: how many of each kind, and
	 * how many of them wait for staff; never their text.
	 * @param findings the problem's findings
	 * @return counts by kind and the number flagged
	 */
	static Map<String, Object> auditSummary(List<TextFinding> findings) {
		Map<String, Integer> kinds = new LinkedHashMap<>();
		findings.forEach((finding) -> kinds.merge(finding.kind().name(), 1, Integer::sum));
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("kinds", kinds);
		summary.put("flagged", findings.stream().filter(TextFinding::awaitsReview).count());
		return summary;
	}

}
