package jp.kitakyushu.busters.web.staff.moderation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A problem's original title and body cut at each personal-data finding, so the review
 * page marks every span the public reads masked and says in words what it is and how sure
 * the detector was; the findings are numbered in reading order (title first).
 *
 * @param title the original title in runs
 * @param body the original body in runs
 * @param findings every finding, numbered, with the original characters it covers
 */
record MarkedOriginal(List<Run> title, List<Run> body, List<Span> findings) {

	static final String TITLE = "TITLE";

	static final String BODY = "BODY";

	static MarkedOriginal of(String title, String body, @Nullable List<Finding> findings) {
		List<Span> spans = new ArrayList<>();
		List<Finding> ordered = (findings != null) ? new ArrayList<>(findings) : new ArrayList<>();
		ordered.sort(Comparator.comparing((Finding finding) -> !TITLE.equals(finding.text()))
			.thenComparingInt(Finding::start));
		for (Finding finding : ordered) {
			String text = TITLE.equals(finding.text()) ? title : body;
			// A span the text does not hold (it cannot happen, but a page must not break
			// on it) is left out rather than guessed.
			if (finding.start() >= 0 && finding.start() < finding.end() && finding.end() <= text.length()) {
				spans.add(new Span(spans.size() + 1, finding, text.substring(finding.start(), finding.end())));
			}
		}
		return new MarkedOriginal(runs(title, TITLE, spans), runs(body, BODY, spans), List.copyOf(spans));
	}

	/** How many findings still wait for staff before the problem can be published. */
	public long waiting() {
		return this.findings.stream().filter(Span::waiting).count();
	}

	private static List<Run> runs(String text, String which, List<Span> spans) {
		List<Run> runs = new ArrayList<>();
		int at = 0;
		for (Span span : spans) {
			Finding finding = span.finding();
			if (!which.equals(finding.text()) || finding.start() < at) {
				continue;
			}
			if (finding.start() > at) {
				runs.add(new Run(text.substring(at, finding.start()), null));
			}
			runs.add(new Run(span.value(), span));
			at = finding.end();
		}
		if (at < text.length()) {
			runs.add(new Run(text.substring(at), null));
		}
		return runs;
	}

	/**
	 * A finding as the api reports it.
	 *
	 * @param text {@code TITLE} or {@code BODY}
	 * @param kind what the span is, e.g. {@code PERSON_NAME}
	 * @param start offset of its first char (UTF-16, as Java and JavaScript count)
	 * @param end offset just past its last char
	 * @param confidence {@code MASKED} or {@code FLAGGED}
	 * @param reviewed whether staff have decided on it
	 */
	record Finding(String text, String kind, int start, int end, String confidence, boolean reviewed) {
	}

	/**
	 * A numbered finding with the characters it covers.
	 *
	 * @param number its place in reading order, from 1
	 * @param finding the finding
	 * @param value the original characters (staff read the original anyway)
	 */
	record Span(int number, Finding finding, String value) {

		/** What the form sends to show it after all: {@code BODY:12:14}. */
		public String key() {
			return this.finding.text() + ":" + this.finding.start() + ":" + this.finding.end();
		}

		/** Whether it lies in the title. */
		public boolean inTitle() {
			return TITLE.equals(this.finding.text());
		}

		/** Whether the detector was unsure and staff have not decided yet. */
		public boolean waiting() {
			return "FLAGGED".equals(this.finding.confidence()) && !this.finding.reviewed();
		}

		/**
		 * Its state as a message key suffix: {@code WAITING} (flagged, undecided),
		 * {@code FLAGGED_KEPT} (flagged, staff kept it masked), {@code AUTO} (masked by
		 * the detector) or {@code CONFIRMED} (masked, staff reviewed it or masked it).
		 */
		public String state() {
			boolean flagged = "FLAGGED".equals(this.finding.confidence());
			if (flagged) {
				return this.finding.reviewed() ? "FLAGGED_KEPT" : "WAITING";
			}
			return this.finding.reviewed() ? "CONFIRMED" : "AUTO";
		}

		/**
		 * The CSS modifier: flagged spans look different from masked ones (and say so).
		 */
		public String style() {
			return "FLAGGED".equals(this.finding.confidence()) ? "finding--flagged" : "finding--masked";
		}

	}

	/**
	 * A run of the original.
	 *
	 * @param text its characters
	 * @param span the finding it is, or null for plain text
	 */
	record Run(String text, @Nullable Span span) {
	}

}
