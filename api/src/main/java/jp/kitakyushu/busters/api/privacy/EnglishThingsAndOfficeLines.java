package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 34 (overmask-en): drops English findings whose own shape or words say they are no
 * person's: a month or weekday, initials on a lost thing, a court's or gate's letter, a
 * facility's or firm's name, a role or list mailbox, and a phone line the sentence gives
 * to an office (it closes, it is on a flyer, a bracket calls it a line).
 */
final class EnglishThingsAndOfficeLines {

	/**
	 * A month or weekday, with its day if any: such words are capitalised like names and
	 * the later adders take them again (roster (Oct), effective Jan 10). Jan, Jun, Mar,
	 * May, June, April and August are also given names and Thu and Sun are names too, so
	 * alone they stay.
	 */
	private static final Pattern MONTH_OR_DAY = Pattern.compile("(?:(?:Feb|Apr|Aug|Sept?|Oct|Nov|Dec)\\.?"
			+ "|January|February|March|July|September|October|November|December"
			+ "|(?:Mon|Tues|Wednes|Thurs|Fri|Satur)days?|Sundays?|Mon|Tue|Tues|Wed|Thur|Thurs|Fri|Sat)"
			+ "(?: [0-9]{1,2}(?:st|nd|rd|th)?)?"
			+ "|(?:Jan|Mar|May|Jun|Jul|June|April|August|Thu|Sun)\\.? [0-9]{1,2}(?:st|nd|rd|th)?");

	/** Initials alone: R.S., JT, A. K. */
	private static final Pattern INITIALS = Pattern.compile("[A-Z]\\.? ?[A-Z]\\.?(?: ?[A-Z]\\.?)?");

	/** The word that says the letters are an item's initials, not a signature. */
	private static final Pattern INITIALS_CUE = Pattern.compile("(?i:\\binitials?\\b|\\bmonogram)[^.\\n]{0,6}$");

	/**
	 * A part of a place that a single letter or digit names: court B, gate C, platform
	 * 2A, block D.
	 */
	private static final Pattern PART_BEFORE = Pattern.compile(
			"(?i:\\b(?:court|gate|platform|exit|zone|area|wing|tower|field|pitch|lane|door|entrance|section|car park|parking|lot|bay|stand|counter|window|booth|ward) )$");

	/**
	 * A letter, with a digit at most: B, 2A, C3 (and the word after it a name rule took:
	 * B. Fee).
	 */
	private static final Pattern PART_LETTER = Pattern.compile("[0-9]?[A-Z][0-9]?(?:[.,] [A-Z][a-z]+)?");

	/** What a run of initials is made of. */
	private static final String INITIAL_CHAR = "ABCDEFGHIJKLMNOPQRSTUVWXYZ. ";

	/**
	 * A month that is also a given name, taken only with its day after it (effective Jan
	 * 10).
	 */
	private static final Pattern MONTH_ALONE = Pattern.compile("Jan|Mar|May|Jun|Jul|June|April|August");

	/** A day's number right after a month. */
	private static final Pattern DAY_AFTER = Pattern.compile("^\\.? [0-9]{1,2}(?:st|nd|rd|th)?(?![0-9:])");

	/** A direction or centre word that is half of a place's name. */
	private static final Pattern DIRECTION_WORD = Pattern
		.compile("(?:Chuo|Minami|Kita|Higashi|Nishi|Ekimae|Honmachi)(?:-ku)?(?: [A-Z][a-z]+)?");

	/** The place word right before such a half. */
	private static final Pattern PLACE_WORD_BEFORE = Pattern.compile("\\b([A-Z][a-z]+) $");

	/** A shop's kind written before its name: Pub Irish Rose, Menya Tak, Cafe Lumière. */
	private static final Pattern THING_BEFORE = Pattern.compile(
			"\\b(?:Pub|Bar|Cafe|Café|Hotel|Salon|Studio|Restaurant|Bakery|Menya|Ramen|Sushi|Izakaya|Snack|Boutique) $");

	/** An employer's slot: a delivery driver for Yamato, I work at Kyudenko. */
	private static final Pattern EMPLOYER_BEFORE = Pattern.compile(
			"(?i:\\b(?:drive|drives|driver|drivers|courier|work|works|worked|working|employed|job|shift) (?:for|at|by) )$");

	/** A stop's slot: Bus stop Jonoekimae. */
	private static final Pattern STOP_BEFORE = Pattern.compile("(?i:\\bbus stop |\\bstop name |\\bstation ):? ?$");

	/** A thing's noun, a shop's kind or a pet, right before a bracket a name fills. */
	private static final Pattern THING_NOUN_BRACKET = Pattern.compile(
			"(?i)\\b(?:parlou?r|salon|shop|store|pharmacy|drugstore|supermarket|bar|pub|cafe|café|restaurant|share|sharing"
					+ "|rental|bikes?|scooters?|company|firm|brand|chain|cent(?:er|re)|hall|theat(?:er|re)"
					+ "|cat|dog|puppy|kitten|parrot|rabbit|hamster|tortoise|turtle|budgie|pet) ?\\($");

	/**
	 * A word that ends a facility's, firm's, group's or event's name: what comes before
	 * it is the name's first word (Tobata Gymnasium, Parks Division, Kids Cup).
	 */
	private static final String THING_WORD = "(?:Gymnasium|Gym|Community (?:Hall|Cent(?:er|re))|Civic (?:Hall|Cent(?:er|re))"
			+ "|Cent(?:er|re)|Library|Museum|Stadium|Pool|Arena|Shrine|Temple|Cathedral|School|University|College|Institute"
			+ "|Hospital|Clinic|Division|Department|Section|Bureau|Ministry|Agency|Council|Committee|Association|Society"
			+ "|Federation|Foundation|Club|League|Cup|Award|Prize|Festival|Matsuri|Fair|Market|Bakery|Pharmacy|Salon"
			+ "|Restaurant|Cafe|Café|Diner|Izakaya|Hotel|Hostel|Ryokan|Apartments|Heights|Mansion|Residence|Residences"
			+ "|Estates?|Corporation|Company|Co\\.|Ltd\\.?|Inc\\.?|Group|Network|Team|Bridge|River|Avenue|Road|Street|Maru"
			+ "|Station|bus stop)";

	/** A thing's word right after a name finding (… Gymnasium, … & Rec Division). */
	private static final Pattern THING_AFTER = Pattern.compile("^ " + THING_WORD + "\\b");

	/** A chome right after a name finding: the name is the town's (Hagiwara 1-chome). */
	private static final Pattern CHOME_AFTER = Pattern.compile("^ [0-9]{1,2}-? ?(?i:chome)\\b");

	/** A thing's word that ends the name finding itself (Neighbour Award, Kids Cup). */
	private static final Pattern THING_END = Pattern.compile("(?:^|[ '’])" + THING_WORD + "$");

	/** A thing's word with 'of' right before a name finding: Church of Grace. */
	private static final Pattern THING_OF_BEFORE = Pattern
		.compile("\\b(?:Church|Temple|Shrine|School|University|Institute|College|Museum|Bank|Department|Ministry"
				+ "|Bureau|Office|House|Hall|Order|Society|Association|Federation) of $");

	/**
	 * A place's direction joined to it by a hyphen (Higashi-Kokura, Kokura-kita) or a
	 * ward.
	 */
	private static final Pattern DIRECTION_PLACE = Pattern
		.compile("(?:(?:Higashi|Nishi|Minami|Kita|Naka|Shin|Kami|Shimo)-[A-Z][a-z]+"
				+ "|[A-Z][a-z]+-(?:ku|machi|cho|dori|chome|kita|minami|higashi|nishi|Kita|Minami|Higashi|Nishi))");

	/** The direction or centre word after a listed place: Kokura Chuo, Tobata Minami. */
	private static final Pattern PLACE_AND_DIRECTION = Pattern
		.compile("([A-Z][a-z]+) (?:Chuo|Minami|Kita|Higashi|Nishi|Ekimae|Honmachi|Eki)");

	/**
	 * A facility right after an address finding: what the finding ends with is the
	 * facility's own name (10–12, Tobata Gymnasium), not a home's.
	 */
	private static final Pattern FACILITY_AFTER = Pattern.compile("^ (?:Gymnasium|Gym|Community (?:Hall|Cent(?:er|re))"
			+ "|Civic (?:Hall|Cent(?:er|re))|Cent(?:er|re)|Library|Museum|Stadium|Pool|Arena|Shrine|Temple|School"
			+ "|University|Institute|Hospital|Station|Park)\\b");

	/**
	 * A public building named inside an address finding (Party at Hirano Community Hall
	 * Nov 20).
	 */
	private static final Pattern FACILITY_INSIDE = Pattern
		.compile("\\b(?:Community|Civic|Sports|Learning|Welfare|Culture"
				+ "|Cultural) (?:Hall|Cent(?:er|re))\\b|\\b(?:Gymnasium|Library|Museum|Stadium)\\b");

	/** A lot or chome, which a home's address has and a facility's name alone has not. */
	private static final Pattern LOT = Pattern
		.compile("[0-9]+-[0-9]+|(?i:chome|banchi)|[0-9]+ [A-Z][a-z]+ (?:St|Street|Rd|Road|Ave)\\b");

	/** Homes and their rooms. */
	private static final Pattern DWELLING = Pattern
		.compile("(?i:\\b(?:heights|apartments?|mansion|corpo|residence|villa|flat|apt"
				+ "|unit|house|home|tenant|neighbou?r|live|lives|I'm|room [0-9]+ of)\\b)");

	/** A mailing list, never one person's: …@googlegroups.com. */
	private static final Pattern LIST_MAILBOX = Pattern
		.compile("(?i:.+@(?:googlegroups\\.com|groups\\.io|freelists\\.org))");

	/**
	 * An info box, with its domain's first label: a shop's or hostel's when the post
	 * names it or calls it no personal one (office@, admin@ or sales@ and a bare info@
	 * are as often a clerk's, as the labels have them).
	 */
	private static final Pattern INFO_MAILBOX = Pattern.compile("(?i:info|information)@([a-z0-9-]+)\\..+");

	/** The writer saying the address is a work one: (not personal, work account). */
	private static final Pattern NOT_PERSONAL = Pattern
		.compile("(?i:not (?:my )?personal|work (?:account|address|e-?mail)|shop's|our shop|our company)");

	/** A scam's or phishing mail's words: its sender's address is no person's. */
	private static final Pattern SCAM_MAIL = Pattern.compile("(?i:phishing|scam|spam|fake|fraud)");

	/** A sender's label right before a scam mail's address. */
	private static final Pattern SENDER_BEFORE = Pattern
		.compile("(?i:\\b(?:sender|from|sent from|came from)[: ]* ?[<\"“]?)$");

	/** The toll-free and shared-cost prefixes, which only organisations hold. */
	private static final Pattern TOLL_FREE = Pattern.compile("(?:\\+ ?81[ -]?)?0?(?:120|800|570)[- ]");

	/**
	 * A word that says the call was a scam: then a toll-free number is the caller's, as
	 * the labels have it.
	 */
	private static final Pattern SCAM_CALL = Pattern.compile("(?i:scam|fraud|suspicious|phishing|con man|conman)");

	/**
	 * Japanese script: toll-free numbers in Japanese posts are left to their own rules.
	 */
	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

	/**
	 * What is said after a number only of an office's line: it closes, it went to a fax,
	 * it rings a shop, it goes to another department.
	 */
	private static final Pattern OFFICE_AFTER = Pattern
		.compile("^[\"”)]?[ ,]*(?:\\([^()\\n]{0,30}\\))?[ ,]*(?:only |just |now |still )?"
				+ "(?i:closes\\b|opens\\b|is closed\\b|is open\\b|(?:went|goes|go|rings|rang|redirects) (?:to |through to )?(?:a |an |the )?"
				+ "(?:fax|hairdresser|shop|restaurant|different|another|wrong|other)|rings\\b(?! me))");

	/**
	 * A public paper or page the number is read from, before it: the number on the flyer.
	 */
	private static final Pattern DOCUMENT_BEFORE = Pattern
		.compile("(?i:\\b(?:number|phone|tel|line) (?:on|in|from) (?:the|their|this|that|a) "
				+ "(?:flyer|leaflet|pamphlet|poster|sign|website|web ?page|page|brochure|map|notice|letter|board)\\b[^.?!\\n]{0,40}$"
				+ "|\\b(?:says|said|reads|read|lists|listed as|printed as|written as)(?: the)?(?: old| new)?(?: phone| number| tel\\.?)?[ :\"“]*$)");

	/**
	 * A bracket right after the number calling it a line or an office's (the city noise
	 * line?).
	 */
	private static final Pattern BRACKET_LINE = Pattern.compile("^ ?\\(([^()\\n]{1,40})\\)");

	/** What such a bracket says for an office. */
	private static final Pattern LINE_WORD = Pattern.compile(
			"(?<!(?i:or|and|/) )\\bline\\b|(?i:call cent|waterworks|bureau|department|hotline|helpline|\\bofficial\\b)");

	/** A person's word that makes a line theirs whatever else the sentence says. */
	private static final Pattern PERSON_WORD = Pattern.compile(
			"(?i:\\bmy\\b|\\bme\\b|\\bmine is\\b|mobile|\\bcell\\b|\\bhome\\b|private|personal|whatsapp|\\bhis\\b|\\bher\\b"
					+ "|\\bshe\\b|\\bhe\\b|she's|he's)|\\bLINE\\b");

	/**
	 * An office's word right before the number: our office 093…, the consumer center line
	 * 093….
	 */
	private static final Pattern OFFICE_BEFORE = Pattern
		.compile("(?i:\\b(?:office|cent(?:er|re)|desk|bureau|hotline|helpline|reception|division|department)"
				+ "(?:'s)?(?: (?:line|number|phone|tel\\.?))?[ :]*)$");

	/** A phone-shaped run in the text, for the number an alternative stands beside. */
	private static final Pattern PHONE_SHAPE = Pattern
		.compile("(?:\\+ ?81[ -]?|0)[0-9]{1,4}[- ][0-9]{1,4}[- ][0-9]{3,5}");

	/** Between two numbers offered as alternatives: "093-…? or 093-…?". */
	private static final Pattern OR_BETWEEN = Pattern.compile("[?]? ?(?:,|/)? ?or ?");

	private EnglishThingsAndOfficeLines() {
	}

	static void remove(String folded, List<Finding> candidates) {
		List<Finding> dropped = new ArrayList<>();
		boolean japanese = JAPANESE.matcher(folded).find();
		for (Finding finding : candidates) {
			boolean drop = switch (finding.kind()) {
				case PERSON_NAME -> notPerson(folded, finding);
				case POSTAL_ADDRESS -> facility(folded, finding);
				case EMAIL -> !japanese && notPersonsMailbox(folded, finding);
				case PHONE -> !japanese && officeLine(folded, finding, candidates);
				default -> false;
			};
			if (drop) {
				dropped.add(finding);
			}
		}
		if (dropped.isEmpty()) {
			return;
		}
		// A name joined by '&' to a dropped one is the same thing's other half (Parks &
		// Green Spaces Division).
		List<Finding> partners = new ArrayList<>();
		for (Finding name : candidates) {
			if (name.kind() != PersonalDataKind.PERSON_NAME || dropped.contains(name)) {
				continue;
			}
			for (Finding gone : dropped) {
				if (gone.kind() == PersonalDataKind.PERSON_NAME && gone.start() > name.end()
						&& folded.substring(name.end(), gone.start()).equals(" & ")
						&& THING_AFTER.matcher(folded.substring(gone.end(), Math.min(folded.length(), gone.end() + 30)))
							.find()) {
					partners.add(name);
				}
			}
		}
		candidates.removeAll(dropped);
		candidates.removeAll(partners);
	}

	private static boolean notPerson(String folded, Finding finding) {
		String value = finding.in(folded).strip();
		if (value.isEmpty() || !Character.isLetter(value.charAt(0)) || value.charAt(0) > 'ʯ') {
			return false;
		}
		String before = folded.substring(Math.max(0, finding.start() - 24), finding.start());
		String after = folded.substring(finding.end(), Math.min(folded.length(), finding.end() + 30));
		if (MONTH_OR_DAY.matcher(value).matches()
				|| MONTH_ALONE.matcher(value).matches() && DAY_AFTER.matcher(after).find()) {
			return true;
		}
		if (initials(folded, finding)) {
			return true;
		}
		if (PART_LETTER.matcher(value).matches()) {
			return PART_BEFORE.matcher(before).find();
		}
		if (DIRECTION_PLACE.matcher(value).matches()) {
			return true;
		}
		Matcher direction = PLACE_AND_DIRECTION.matcher(value);
		if (direction.matches() && Places.isRomajiPlace(direction.group(1))) {
			return true;
		}
		Matcher placeBefore = PLACE_WORD_BEFORE.matcher(before);
		if (DIRECTION_WORD.matcher(value).matches() && placeBefore.find()
				&& Places.isRomajiPlace(placeBefore.group(1))) {
			// Kokura | Chuo: the finding is the direction half of a place's name.
			return true;
		}
		return THING_AFTER.matcher(after).find() || CHOME_AFTER.matcher(after).find() || THING_END.matcher(value).find()
				|| THING_OF_BEFORE.matcher(before).find() || THING_BEFORE.matcher(before).find()
				|| EMPLOYER_BEFORE.matcher(before).find() || STOP_BEFORE.matcher(before).find()
				|| bracketAfterThing(folded, finding, before);
	}

	/**
	 * Whether the finding is part of a run of initials (R.S.) that an initials word
	 * stands before.
	 */
	private static boolean initials(String folded, Finding finding) {
		int from = finding.start();
		while (from > 0 && from > finding.start() - 4 && INITIAL_CHAR.indexOf(folded.charAt(from - 1)) >= 0) {
			from--;
		}
		int to = finding.end();
		while (to < folded.length() && to < finding.end() + 4 && INITIAL_CHAR.indexOf(folded.charAt(to)) >= 0) {
			to++;
		}
		String run = folded.substring(from, to).strip();
		if (!INITIALS.matcher(run).matches()) {
			return false;
		}
		String before = folded.substring(Math.max(0, from - 24), from);
		return INITIALS_CUE.matcher(before.replace("\"", "").replace("“", "")).find();
	}

	/**
	 * Whether the finding fills a bracket right after a thing's noun: the parlour
	 * (Maruhan), the bike share (Citybike), the cat (Tama).
	 */
	private static boolean bracketAfterThing(String folded, Finding finding, String before) {
		if (finding.end() >= folded.length() || folded.charAt(finding.end()) != ')') {
			return false;
		}
		return THING_NOUN_BRACKET.matcher(before).find();
	}

	private static boolean facility(String folded, Finding finding) {
		String value = finding.in(folded);
		if (finding.length() > 80 || DWELLING.matcher(value).find()) {
			return false;
		}
		String after = folded.substring(finding.end(), Math.min(folded.length(), finding.end() + 40));
		if (FACILITY_AFTER.matcher(after).find()) {
			// Its last word is a facility's name, and any lot before it the facility's
			// own.
			return !DWELLING.matcher(after).find();
		}
		return !LOT.matcher(value).find() && FACILITY_INSIDE.matcher(value).find();
	}

	private static boolean notPersonsMailbox(String folded, Finding finding) {
		String value = finding.in(folded).strip();
		if (LIST_MAILBOX.matcher(value).matches()) {
			return true;
		}
		Matcher info = INFO_MAILBOX.matcher(value);
		if (info.matches()) {
			String before = folded.substring(Math.max(0, finding.start() - 60), finding.start());
			return NOT_PERSONAL.matcher(before).find() || namedInPost(folded, finding, info.group(1));
		}
		String before = folded.substring(Math.max(0, finding.start() - 16), finding.start());
		return SENDER_BEFORE.matcher(before).find() && SCAM_MAIL.matcher(folded).find()
				&& !PERSON_WORD.matcher(before).find();
	}

	/**
	 * Whether the domain's label, letters alone, is a name the post writes elsewhere
	 * (info@mojikoblue.jp beside "Cafe Mojiko Blue").
	 */
	private static boolean namedInPost(String folded, Finding finding, String label) {
		String letters = label.replaceAll("[^a-z]", "").toLowerCase(java.util.Locale.ROOT);
		if (letters.length() < 5) {
			return false;
		}
		String rest = (folded.substring(0, finding.start()) + " " + folded.substring(finding.end()))
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z]", "");
		return rest.contains(letters);
	}

	private static boolean officeLine(String folded, Finding phone, List<Finding> candidates) {
		String number = phone.in(folded);
		if (number.isEmpty() || !(Character.isDigit(number.charAt(0)) || number.charAt(0) == '+')) {
			return false;
		}
		int from = sentenceStart(folded, phone.start());
		String before = folded.substring(from, phone.start());
		String near = before.substring(Math.max(0, before.length() - 16));
		if (PERSON_WORD.matcher(near).find()) {
			return false;
		}
		if (TOLL_FREE.matcher(number).lookingAt()) {
			return !SCAM_CALL.matcher(folded).find();
		}
		String after = folded.substring(phone.end(), Math.min(folded.length(), phone.end() + 60));
		Matcher bracket = BRACKET_LINE.matcher(after);
		if (bracket.find()) {
			String said = bracket.group(1);
			if (PERSON_WORD.matcher(said).find()) {
				return false;
			}
			if (LINE_WORD.matcher(said).find()) {
				return true;
			}
		}
		return OFFICE_AFTER.matcher(after).find() || DOCUMENT_BEFORE.matcher(before).find()
				|| OFFICE_BEFORE.matcher(near).find() || alternativeOfOffice(folded, phone, candidates);
	}

	/**
	 * Whether the number is offered with 'or' beside another that no rule took for a
	 * person's (Is it 093-… or 0570-…?): both are the same office's candidates.
	 */
	private static boolean alternativeOfOffice(String folded, Finding phone, List<Finding> candidates) {
		int lo = Math.max(0, phone.start() - 24);
		int hi = Math.min(folded.length(), phone.end() + 24);
		Matcher other = PHONE_SHAPE.matcher(folded).region(lo, hi);
		while (other.find()) {
			int s = other.start();
			int e = other.end();
			if (e <= phone.start() && OR_BETWEEN.matcher(folded.substring(e, phone.start())).matches()
					|| s >= phone.end() && OR_BETWEEN.matcher(folded.substring(phone.end(), s)).matches()) {
				boolean taken = false;
				for (Finding c : candidates) {
					if (c.kind() == PersonalDataKind.PHONE && c.overlaps(s, e)) {
						taken = true;
					}
				}
				if (!taken) {
					return true;
				}
			}
		}
		return false;
	}

	private static int sentenceStart(String folded, int at) {
		int limit = Math.max(0, at - 80);
		for (int i = at - 1; i >= limit; i--) {
			char c = folded.charAt(i);
			if (c == '\n' || c == '!' || c == '?' || c == '.' && i + 1 < at && folded.charAt(i + 1) == ' ') {
				return i + 1;
			}
		}
		return limit;
	}

}
