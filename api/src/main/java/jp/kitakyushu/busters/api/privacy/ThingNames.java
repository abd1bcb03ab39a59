package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Drops findings that name a thing rather than a person or a birth: a stop, ferry, line
 * or operator in brackets or quotes after its kind (our stop (Eitoku)), a bus or rail
 * operator (Nishitetsu), a country after "from", a shop whose trade stands before its
 * name (パン屋「ベーカリー・アキコ」), a pet's name before its breed, a common word that is also a
 * surname (出口) without an honorific, and a year of birth the writer corrects
 * (昭和63年生まれではなく), a meeting room; a name that starts inside an address is cut to what
 * follows it.
 */
final class ThingNames {

	/** A transport or place word, then the bracket or quote a name stands in. */
	private static final Pattern KIND_BEFORE = Pattern.compile(
			"(?i:\\b(?:stop|bus stop|station|ferry|ferries|boat|line|route|train|bus|operator|bridge|tunnel|terminal|port|pier|company|firm))"
					+ " ?[(\"“']$");

	private static final Pattern CLOSE_AFTER = Pattern.compile("^[)\"”']");

	/** Operators and chains a post names as the one to blame, not as a person. */
	private static final Set<String> OPERATORS = Set.of("Nishitetsu", "Chikutetsu", "Kyuden", "Saibu", "Izutsuya",
			"Sunlive", "Kitakyu", "Marinaa", "Harozu", "Sanyo", "Kintetsu", "Hankyu", "Seibu", "Tokyu", "Odakyu",
			"Keio", "Keikyu", "Meitetsu", "Nankai", "Sotetsu", "Tobu", "Keisei");

	private static final Set<String> COUNTRIES = Set.of("Kenya", "Nigeria", "Ghana", "Ethiopia", "Uganda", "Tanzania",
			"Egypt", "Morocco", "Brazil", "Peru", "Chile", "Argentina", "Mexico", "Canada", "America", "England",
			"Scotland", "Ireland", "Wales", "France", "Germany", "Spain", "Italy", "Portugal", "Poland", "Ukraine",
			"Russia", "Turkey", "Iran", "India", "Nepal", "Pakistan", "Bangladesh", "Sri Lanka", "China", "Korea",
			"Taiwan", "Vietnam", "Thailand", "Myanmar", "Cambodia", "Laos", "Malaysia", "Singapore", "Indonesia",
			"Philippines", "Mongolia", "Australia", "Zealand", "Sweden", "Norway", "Finland", "Denmark", "Netherlands",
			"Belgium", "Austria", "Switzerland", "Greece", "Romania", "Hungary", "Czechia", "Jamaica", "Colombia",
			"Venezuela", "Cuba", "Jordan", "Israel", "Syria", "Iraq", "Afghanistan", "Uzbekistan", "Kazakhstan",
			"Senegal", "Cameroon", "Zambia", "Zimbabwe", "Rwanda", "Sudan", "Somalia", "Fiji", "Samoa", "Tonga",
			"Georgia");

	private static final Pattern FROM_BEFORE = Pattern.compile("\\b(?:from|in|to|of) $");

	private static final String TRADES = "(?:ベーカリー|カフェ|サロン|ヘアサロン|スナック|クリーニング|ブティック|パティスリー|キッチン|ダイニング|ラウンジ|スタジオ"
			+ "|ショップ|フラワー|美容室|理容室?|食堂|喫茶|パン工房|ヘアー?|ビューティー)";

	/** A trade before a shop's name: パン屋「, ベーカリー・. */
	private static final Pattern TRADE_BEFORE = Pattern.compile("(?:屋|店|食堂|工房|居酒屋|料理|カフェ|喫茶)「$|" + TRADES + "[・ ]$");

	private static final Pattern TRADE_START = Pattern.compile("^" + TRADES + "[・ ]?");

	/** Common words that are surnames too. */
	private static final Set<String> COMMON = Set.of("出口", "入口", "窓口", "受付", "中央", "左右", "前後", "上下", "東西", "南北");

	private static final Pattern HONORIFIC_AFTER = Pattern.compile("^ ?(?:さん|様|氏|くん|君|ちゃん|先生|殿)");

	/** A public building's room: the meeting Room 3 of a civic hall is no one's home. */
	private static final Pattern PUBLIC_ROOM = Pattern
		.compile("(?i:meeting|waiting|conference|class|tatami|study|common) $");

	/** A year of birth the writer takes back: 大正15年生まれではなく. */
	private static final Pattern CORRECTED = Pattern.compile("^ ?(?:生まれ|生)(?:では|じゃ|で)?(?:なく|ない|ありません)");

	private ThingNames() {
	}

	static void remove(String folded, List<Finding> candidates) {
		boolean japanese = TextFold.isJapanese(folded);
		Nicknames.removePets(folded, candidates);
		cutAtAddresses(folded, candidates);
		ListIterator<Finding> it = candidates.listIterator();
		while (it.hasNext()) {
			Finding finding = it.next();
			String value = finding.in(folded);
			String before = folded.substring(Math.max(0, finding.start() - 24), finding.start());
			if (finding.kind() == PersonalDataKind.PERSON_NAME) {
				boolean thing = japanese ? japaneseThing(folded, finding, value, before)
						: latinThing(folded, finding, value, before);
				if (thing) {
					it.remove();
				}
			}
			else if (finding.kind() == PersonalDataKind.POSTAL_ADDRESS && !japanese && value.startsWith("R")
					&& PUBLIC_ROOM.matcher(before).find()) {
				it.remove();
			}
			else if (finding.kind() == PersonalDataKind.DATE_OF_BIRTH && japanese && value.endsWith("年")
					&& CORRECTED.matcher(folded).region(finding.end(), folded.length()).lookingAt()) {
				it.remove();
			}
		}
	}

	/**
	 * A name that starts inside a sure address (号室 宇野) keeps only what follows the
	 * address: whole, the longer address would push it out.
	 */
	private static void cutAtAddresses(String folded, List<Finding> candidates) {
		TreeMap<Integer, Integer> addresses = new TreeMap<>();
		for (Finding finding : candidates) {
			if (finding.kind() == PersonalDataKind.POSTAL_ADDRESS && !finding.flagged()) {
				addresses.merge(finding.start(), finding.end(), Math::max);
			}
		}
		if (addresses.isEmpty()) {
			return;
		}
		ListIterator<Finding> it = candidates.listIterator();
		while (it.hasNext()) {
			Finding name = it.next();
			Map.Entry<Integer, Integer> address = (name.kind() == PersonalDataKind.PERSON_NAME)
					? addresses.floorEntry(name.start()) : null;
			if (address == null || name.start() >= address.getValue() || address.getValue() >= name.end()) {
				continue;
			}
			int start = address.getValue();
			while (start < name.end() && Character.isWhitespace(folded.charAt(start))) {
				start++;
			}
			if (start < name.end()) {
				it.set(name.over(start, name.end()));
			}
			else {
				it.remove();
			}
		}
	}

	private static boolean japaneseThing(String folded, Finding finding, String value, String before) {
		// The trade's pattern runs only where a quote, ・ or a space could end it.
		boolean opened = before.endsWith("「") || before.endsWith("・") || before.endsWith(" ");
		if (TRADE_START.matcher(value).lookingAt() || (opened && TRADE_BEFORE.matcher(before).find())) {
			return true;
		}
		return COMMON.contains(value)
				&& !HONORIFIC_AFTER.matcher(folded).region(finding.end(), folded.length()).lookingAt();
	}

	private static boolean latinThing(String folded, Finding finding, String value, String before) {
		if (KIND_BEFORE.matcher(before).find()
				&& CLOSE_AFTER.matcher(folded).region(finding.end(), folded.length()).lookingAt()) {
			return true;
		}
		if (OPERATORS.contains(value) || OPERATORS.contains(value.split(" ")[0])) {
			return true;
		}
		if (COUNTRIES.contains(value) && FROM_BEFORE.matcher(before).find()) {
			return true;
		}
		return value.equals("New") && folded.startsWith(" here", finding.end());
	}

}
