package jp.kitakyushu.busters.web.staff.moderation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the public will read of a problem, cut into plain runs and the spans the api
 * masked, so the review page can mark each masked span and say what kind it was.
 *
 * @param title the public title in runs
 * @param body the public description in runs
 */
record PublicText(List<Run> title, List<Run> body) {

	/**
	 * The api writes a masked span as its kind: in full-width brackets in Japanese text
	 * (［氏名］), in brackets in text written only in Latin script ([name]).
	 */
	private static final Pattern MASK = Pattern.compile(
			"［[^［］\\s]{1,20}］|\\[(?:name|phone|email|personal number|address|plate|bank account|date of birth)\\]");

	static PublicText of(String title, String body) {
		return new PublicText(runs(title), runs(body));
	}

	/**
	 * The masked spans by kind, in order of first appearance, with how often each occurs.
	 */
	public Map<String, Long> findings() {
		return Stream.concat(this.title.stream(), this.body.stream())
			.filter(Run::masked)
			.collect(Collectors.groupingBy(Run::text, LinkedHashMap::new, Collectors.counting()));
	}

	/** The findings in one line, e.g. "［氏名］×2、［電話番号］×1". */
	public String summary() {
		return findings().entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "×" + entry.getValue())
			.collect(Collectors.joining("、"));
	}

	static List<Run> runs(String text) {
		List<Run> runs = new ArrayList<>();
		Matcher matcher = MASK.matcher(text);
		int at = 0;
		while (matcher.find()) {
			if (matcher.start() > at) {
				runs.add(new Run(text.substring(at, matcher.start()), false));
			}
			runs.add(new Run(matcher.group(), true));
			at = matcher.end();
		}
		if (at < text.length()) {
			runs.add(new Run(text.substring(at), false));
		}
		return runs;
	}

	/**
	 * A run of text.
	 *
	 * @param text its characters
	 * @param masked whether the api masked personal data here (the text names its kind)
	 */
	record Run(String text, boolean masked) {
	}

}
