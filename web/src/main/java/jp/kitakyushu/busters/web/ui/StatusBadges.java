package jp.kitakyushu.busters.web.ui;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * How the {@code ui/status} badge shows a state: always its name in words (from the
 * messages {@code status.<kind>.<STATUS>}) and an icon, with a tone that only repeats
 * them, so no one needs to tell colours apart. Templates call it as
 * {@code ${@statuses.tone('problem', status)}}.
 */
@Component("statuses")
public class StatusBadges {

	private static final String CHECK = "M6.2 11.6 2.6 8l1.4-1.4 2.2 2.2 5.8-5.8L13.4 4.4z";

	private static final String CLOCK = "M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 2a5 5 0 1 1 0 10A5 5 0 0 1 8 3zm-.9 1.5v4.1l3.2 1.9.9-1.5-2.3-1.4V4.5z";

	private static final String CROSS = "M4.4 3 3 4.4 6.6 8 3 11.6 4.4 13 8 9.4l3.6 3.6 1.4-1.4L9.4 8 13 4.4 11.6 3 8 6.6z";

	private static final String FLAG = "M3 1h2v14H3zm3 1h7l-2 3.5L13 9H6z";

	private static final String EYE = "M8 3C4.4 3 1.7 5.4.5 8c1.2 2.6 3.9 5 7.5 5s6.3-2.4 7.5-5C14.3 5.4 11.6 3 8 3zm0 8a3 3 0 1 1 0-6 3 3 0 0 1 0 6z";

	private static final String MERGE = "M4 1h2v5.2l4 3.3V13h2l-3 3-3-3h2v-2.6L4 7.3z";

	private static final String STAR = "M8 1l2.1 4.4 4.9.7-3.5 3.4.8 4.8L8 12l-4.3 2.3.8-4.8L1 6.1l4.9-.7z";

	private static final String LOCK = "M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7zm2 0h4V5a2 2 0 1 0-4 0z";

	private static final String PLAY = "M4 2v12l10-6z";

	private static final String PENCIL = "M11.3 1.3l3.4 3.4-9 9H2.3v-3.4zm0 2.8-7 7v.6h.6l7-7z";

	private static final String ALERT = "M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-1 3h2v5H7zm0 6h2v2H7z";

	private static final Map<String, Look> LOOKS = Map.ofEntries(entry("problem.SUBMITTED", "wait", CLOCK),
			entry("problem.PUBLISHED", "info", EYE), entry("problem.ADOPTED", "info", FLAG),
			entry("problem.RESOLVED", "good", CHECK), entry("problem.REJECTED", "stop", CROSS),
			entry("problem.MERGED", "info", MERGE), entry("theme.DRAFT", "wait", PENCIL),
			entry("theme.OPEN", "good", EYE), entry("theme.CLOSED", "wait", LOCK), entry("theme.AWARDED", "good", STAR),
			entry("theme.CANCELLED", "stop", CROSS), entry("proposal.SELECTED", "good", STAR),
			entry("proposal.IN_PROGRESS", "info", PLAY), entry("proposal.COMPLETED", "good", CHECK),
			entry("tone.stop", "stop", ALERT), entry("tone.good", "good", CHECK), entry("tone.info", "info", EYE));

	/** The tone: {@code good}, {@code wait}, {@code stop} or {@code info}. */
	public String tone(String kind, String status) {
		return look(kind, status).tone();
	}

	/** The icon's SVG path (a 16 × 16 box). */
	public String icon(String kind, String status) {
		return look(kind, status).icon();
	}

	private static Look look(String kind, String status) {
		return LOOKS.getOrDefault(kind + "." + status, new Look("info", EYE));
	}

	private static Map.Entry<String, Look> entry(String key, String tone, String icon) {
		return Map.entry(key, new Look(tone, icon));
	}

	private record Look(String tone, String icon) {
	}

}
