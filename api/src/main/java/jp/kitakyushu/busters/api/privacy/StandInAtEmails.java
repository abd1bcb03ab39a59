package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses written with a stand-in for the @ that the post itself explains
 * ({@code yuki.m★example.jp（★を@に変えてください）}, "replace # with @"): the explanation names the
 * stand-in, and an address is then any run of address chars around it.
 */
final class StandInAtEmails {

	/** The explanation: ★を@に, ★→@, "replace ★ with @". */
	private static final Pattern STAND_IN = Pattern.compile(
			"(?<s>[^\\sA-Za-z0-9@.\\-_（(「])(?:を|は|→|->|=)[ ]?@|(?i:replace|change) (?<e>[^\\sA-Za-z0-9@]) (?:with|to|by) @");

	private StandInAtEmails() {
	}

	static void detect(String folded, List<Finding> out) {
		if (folded.indexOf('@') < 0) {
			return;
		}
		Matcher explained = STAND_IN.matcher(folded);
		if (!explained.find()) {
			return;
		}
		String symbol = (explained.group("s") != null) ? explained.group("s") : explained.group("e");
		Pattern address = Pattern.compile("(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9][A-Za-z0-9._%+\\-]{0,63}+"
				+ Pattern.quote(symbol) + "[A-Za-z0-9][A-Za-z0-9\\-]{0,62}+(?:\\.[A-Za-z0-9\\-]{1,63}+){1,6}+");
		Matcher found = address.matcher(folded);
		while (found.find()) {
			out.add(new Finding(PersonalDataKind.EMAIL, found.start(), found.end()));
		}
	}

}
