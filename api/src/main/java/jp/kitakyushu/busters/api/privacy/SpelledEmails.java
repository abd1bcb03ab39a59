package jp.kitakyushu.busters.api.privacy;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses whose dots, or whose @ and dots, are spelled out to dodge
 * harvesters: {@code name (at) example (dot) com}, {@code name[at]example[dot]co[dot]jp},
 * {@code o'neill[at]example[.]jp}, {@code name at example dot com},
 * {@code first underscore last at example dot com}, {@code name（アット）example.co.jp}.
 *
 * <p>
 * The spellings are read back as @ and dots in a compact copy of the text, where the
 * ordinary address pattern then runs, and each address found is mapped back onto the
 * original offsets. A bare "at" or "dot" between spaces is ordinary English, so an
 * address that needs one counts only when it ends in a known top-level domain.
 */
final class SpelledEmails {

	/** @ and dot in katakana or hiragana: アットマーク, あっと, どっと. */
	private static final String KANA = "アット(?:マーク)?|ドット|あっと(?:まーく)?|どっと";

	/** The marked spellings: in brackets of any kind, or in kana between the parts. */
	private static final Pattern MARKED = Pattern.compile(" ?[(\\[{<【「『] ?(?<b>(?i:at|dot)|\\.|" + KANA
			+ ") ?[)\\]}>】」』] ?" + "|(?<=[A-Za-z0-9]) ?(?<k>" + KANA + ") ?(?=[A-Za-z0-9])");

	/** The marked spellings and bare words between spaces. */
	private static final Pattern SPELLED = Pattern.compile(" ?[(\\[{<【「『] ?(?<b>(?i:at|dot)|\\.|" + KANA
			+ ") ?[)\\]}>】」』] ?" + "|(?<=[A-Za-z0-9]) (?<w>(?i:at|dot|underscore|hyphen|dash)) (?=[A-Za-z0-9])"
			+ "|(?<=[A-Za-z0-9]) ?(?<k>" + KANA + ") ?(?=[A-Za-z0-9])");

	private static final Pattern ADDRESS = Pattern
		.compile("(?<![A-Za-z0-9._%+\\-'])[A-Za-z0-9][A-Za-z0-9._%+\\-']{0,63}+@[A-Za-z0-9][A-Za-z0-9\\-]{0,62}+"
				+ "(?:\\.[A-Za-z0-9\\-]{1,63}+){1,6}+");

	private static final Set<String> DOMAINS = Set.of("com", "net", "org", "jp", "edu", "gov", "info", "io", "biz",
			"me", "uk", "us", "ca", "au", "nz", "ph", "vn", "kr", "cn", "tw", "in", "de", "fr");

	/**
	 * More country domains, none of them an English word (a bare "this dot on the map" is
	 * no address).
	 */
	private static final Set<String> COUNTRIES = Set.of("ie", "sg", "br", "es", "nl", "se", "fi", "dk", "ch", "pl",
			"ru", "mx", "th", "hk", "za", "ar", "cl", "pt", "gr", "tr", "il", "ae", "ng", "ke", "nz");

	/**
	 * A bare "at" before a mail provider's domain written with its dots: the domain says
	 * the words before are a mailbox (someone at gmail.com).
	 */
	private static final Pattern AT_MAIL_DOMAIN = Pattern
		.compile("(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9][A-Za-z0-9._%+\\-]{0,63}"
				+ " (?i:at) (?i:(?:gmail|googlemail|yahoo|icloud|me|mac|outlook|hotmail|live|msn|aol|proton|protonmail"
				+ "|docomo|ezweb|softbank|i\\.softbank|au|nifty|biglobe|ocn|so-net|gmx|mail|naver|qq|163)"
				+ "(?:\\.(?:com|net|ne|co|or|jp|me|de|uk|kr|cn)){1,2})(?![A-Za-z0-9])");

	/**
	 * An address with spaces round its @ and dots (name @ example . co . jp): the labels
	 * after the @ are read up to the last known top-level domain, so a sentence after the
	 * address (… . Thanks) stays out.
	 */
	private static final Pattern SPACED = Pattern
		.compile("(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9][A-Za-z0-9._%+\\-]{0,63}+ ?@ ?[A-Za-z0-9][A-Za-z0-9\\-]{0,62}+"
				+ "(?: ?\\. ?[A-Za-z0-9\\-]{1,63}+){1,6}+");

	private static final Pattern SPACED_DOT = Pattern.compile(" ?\\. ?");

	/**
	 * A mailbox with a digit, dot or underscore in it, a bare "at" and a mail provider
	 * without its domain (kenta_88 at gmail): a plain word before "at" is English (work
	 * at yahoo), a mailbox-like one is not.
	 */
	private static final Pattern AT_PROVIDER = Pattern
		.compile("(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9](?=[A-Za-z0-9._%+\\-]*[0-9._])[A-Za-z0-9._%+\\-]{2,63}"
				+ " (?i:at) (?:(?i:gmail|yahoo|icloud|hotmail|outlook|docomo|ezweb|softbank|protonmail)(?!\\.?[A-Za-z0-9])"
				+ "|(?<d>[A-Za-z0-9][A-Za-z0-9\\-]{0,62}(?:\\.[A-Za-z0-9\\-]{1,63}){1,5})(?![A-Za-z0-9\\-]))");

	private SpelledEmails() {
	}

	static void detect(String folded, List<Finding> out) {
		if (folded.contains(" at ") || folded.contains(" AT ")) {
			Matcher bareAt = AT_MAIL_DOMAIN.matcher(folded);
			while (bareAt.find()) {
				out.add(new Finding(PersonalDataKind.EMAIL, bareAt.start(), bareAt.end()));
			}
			Matcher provider = AT_PROVIDER.matcher(folded);
			while (provider.find()) {
				// Any domain after a mailbox-like name counts when it ends as domains do.
				if (provider.group("d") == null || knownDomain("@" + provider.group("d"))) {
					out.add(new Finding(PersonalDataKind.EMAIL, provider.start(), provider.end()));
				}
			}
		}
		if (folded.indexOf('@') >= 0 && (folded.contains(" @") || folded.contains("@ "))) {
			spaced(folded, out);
		}
		if (!folded.contains("dot") && !folded.contains("DOT") && !folded.contains("ドット") && !folded.contains("アット")
				&& !folded.contains("at]") && !folded.contains("at)") && !folded.contains("あっと")
				&& !folded.contains("どっと")) {
			return;
		}
		// Marked spellings first: a bare "at" earlier in the sentence (contact me at …)
		// must not swallow the local part of a marked address.
		detect(folded, MARKED, out);
		detect(folded, SPELLED, out);
	}

	private static void spaced(String folded, List<Finding> out) {
		Matcher address = SPACED.matcher(folded);
		while (address.find()) {
			String found = address.group();
			int at = found.indexOf('@');
			Matcher dot = SPACED_DOT.matcher(found).region(at, found.length());
			int end = -1;
			while (dot.find()) {
				int label = dot.end();
				int labelEnd = label;
				while (labelEnd < found.length() && found.charAt(labelEnd) != ' ' && found.charAt(labelEnd) != '.') {
					labelEnd++;
				}
				if (DOMAINS.contains(found.substring(label, labelEnd).toLowerCase(java.util.Locale.ROOT))) {
					end = labelEnd;
				}
			}
			if (end > 0 && found.substring(0, end).indexOf(' ') >= 0) {
				out.add(new Finding(PersonalDataKind.EMAIL, address.start(), address.start() + end));
			}
		}
	}

	private static void detect(String folded, Pattern spellings, List<Finding> out) {
		Matcher spelled = spellings.matcher(folded);
		StringBuilder compact = new StringBuilder(folded.length());
		int[] starts = new int[folded.length() + 1];
		int[] ends = new int[folded.length() + 1];
		BitSet replaced = new BitSet();
		BitSet bare = new BitSet();
		int at = 0;
		while (spelled.find()) {
			for (; at < spelled.start(); at++) {
				starts[compact.length()] = at;
				ends[compact.length()] = at + 1;
				compact.append(folded.charAt(at));
			}
			String word = (spelled.group("b") != null) ? spelled.group("b")
					: (bareWord(spelled) != null) ? bareWord(spelled) : spelled.group("k");
			int index = compact.length();
			starts[index] = spelled.start();
			ends[index] = spelled.end();
			replaced.set(index);
			if (bareWord(spelled) != null) {
				bare.set(index);
			}
			compact.append(spelledChar(word));
			at = spelled.end();
		}
		if (replaced.isEmpty()) {
			return;
		}
		for (; at < folded.length(); at++) {
			starts[compact.length()] = at;
			ends[compact.length()] = at + 1;
			compact.append(folded.charAt(at));
		}
		Matcher address = ADDRESS.matcher(compact);
		int from = 0;
		while (from < compact.length() && address.find(from)) {
			from = address.end();
			int first = replaced.nextSetBit(address.start());
			if (first < 0 || first >= address.end()) {
				continue;
			}
			int firstBare = bare.nextSetBit(address.start());
			if (firstBare >= 0 && firstBare < address.end() && !knownDomain(address.group())) {
				// A bare "at" of the sentence (contact me at j.walsh at …) made a false
				// address; the real one may start after it.
				int sign = address.group().indexOf('@');
				from = (sign >= 0) ? address.start() + sign + 1 : address.end();
				continue;
			}
			out.add(new Finding(PersonalDataKind.EMAIL, starts[address.start()], ends[address.end() - 1]));
		}
	}

	/**
	 * The character a spelling stands for: "underscore" in a local part is _, as "dot" is
	 * a dot.
	 */
	private static char spelledChar(String word) {
		if (word.equalsIgnoreCase("underscore")) {
			return '_';
		}
		if (word.equalsIgnoreCase("hyphen") || word.equalsIgnoreCase("dash")) {
			return '-';
		}
		return word.equalsIgnoreCase("dot") || word.equals(".") || word.equals("ドット") || word.equals("どっと") ? '.' : '@';
	}

	private static String bareWord(Matcher spelled) {
		return spelled.pattern().namedGroups().containsKey("w") ? spelled.group("w") : null;
	}

	private static boolean knownDomain(String address) {
		String last = address.substring(address.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
		return (DOMAINS.contains(last) || COUNTRIES.contains(last)) && address.indexOf('.', address.indexOf('@')) > 0;
	}

}
