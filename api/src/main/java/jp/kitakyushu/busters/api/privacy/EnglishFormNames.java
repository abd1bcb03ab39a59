package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names in Latin letters where forms, lists and letters put them: after a label
 * that names a person's role ("Owner:", "Spouse:", "Child's name:"), also written
 * "Surname, Given"; after the greeting that opens a message or a quoted one ("Hi Jess,");
 * on the lines of a list of people ("- Fatima Zahra Benali", "- Paul &amp; Nadine
 * Hughes"); before an age ("Noah, 8,", "Mia (6)"); and a family by its plural before what
 * people do ("the Okafors, …").
 *
 * <p>
 * The layout is the cue, so a name needs no list here, but it must not start or end with
 * a word that starts sentences or ends places and firms, and a list line is only taken
 * when one of its words is a known name part.
 */
final class EnglishFormNames {

	private static final String NAME = "[A-Z][a-z]+(?:['\\-][A-Z]?[a-z]+)?";

	private static final String FULL = NAME + "(?: (?:[A-Z]\\. )?" + NAME + "){0,3}";

	/** Roles of people on forms and in letters. */
	private static final String ROLES = "owner|co-?owner|spouse|husband|wife|partner|applicant|co-applicant|tenant"
			+ "|landlord|landlady|parent|guardian|child|son|daughter|father|mother|patient|caller|witness|driver"
			+ "|reporter|occupant|holder|account holder|student|pupil|participant|member|beneficiary|recipient|payee"
			+ "|head of household|householder|emergency contact|next of kin|full name|surname|family name|last name"
			+ "|first name|given name|caretaker|carer|victim|complainant|requester|teacher|doctor|interpreter|sender"
			+ "|signature|organi[sz]er|volunteer|coordinator|chairperson|chair|leader|person in charge|attendee|user"
			+ "|customer|client|employer|employee|supervisor|manager|sponsor|deceased|heir|author|writer|petitioner"
			+ "|cc|bcc|attn|attention|c/o|care of|addressee|to";

	/**
	 * "Owner: Naomi Kiyotake", "* Child's name (kana): …", "Spouse - Anitha
	 * Venkataraman".
	 */
	private static final Pattern LABEL = Pattern.compile("(?im)(?:^|[*•/;(|]|\\. )[ \\t]*(?:[A-Za-z]+ ){0,2}?(?:"
			+ ROLES + ")(?:'s)?(?: name)?(?: \\([^)\\n]{1,20}\\))?[ \\t]*(?::|：| -)[ \\t]*(?-i:(?<v>" + FULL + "|"
			+ NAME + ", " + NAME + "(?= ?[/|;\\n(]|$)))");

	/** "Hi Jess,", "> Dear Aleksandr," at the start of a message or a quoted one. */
	private static final Pattern GREETING = Pattern.compile("(?m)(?:^|[>] ?)[ \\t]*(?:Hi|Hello|Hey|Dear|Hiya|Morning"
			+ "|Good (?:morning|afternoon|evening)),? (?<v>" + NAME + "(?: " + NAME + ")?)(?=[,!.:\\n]| -)");

	/** A line of a list that is only a name, or two joined by and or &amp;. */
	private static final Pattern LIST_LINE = Pattern.compile("(?m)^[ \\t]*(?:[-*•・]|\\d{1,2}[.)])[ \\t]*(?<v>" + FULL
			+ ")(?:[ \\t]*(?:&|and)[ \\t]*(?<w>" + FULL + "))?[ \\t]*(?:\\([^)\\n]{0,30}\\))?[ \\t]*$");

	/** "Noah, 8,", "Mia (6)", "Ken, aged 4": a name with an age is a child. */
	private static final Pattern BEFORE_AGE = Pattern
		.compile("(?<![A-Za-z'\\-])(?<v>" + NAME + ")(?:,? \\((?:aged? )?\\d{1,2}\\)"
				+ "|, (?:aged? )?\\d{1,2}(?:,| and\\b|\\)| years? old\\b| y\\.?o\\.?))");

	private static final Pattern LIST_BEFORE = Pattern.compile("(?:\\(|\\band )$");

	/** A heading over a list of people: who signed, attended, helped. */
	private static final Pattern PEOPLE_HEADING = Pattern.compile("(?i)\\b(?:signed|signatures?|signatories|names"
			+ "|members|petition|neighbou?rs|residents|attendees|participants|volunteers|helpers|parents|families"
			+ "|people|guests|applicants|tenants|who)\\b[^\\n]{0,60}\\n");

	/** The Okafors, the Nguyens next door: a plural family before what people are. */
	private static final Pattern FAMILY = Pattern.compile("\\b[Tt]he (?<v>(?<w>[A-Z][a-z]+)(?:e?s))\\b"
			+ "(?=,| \\(| family| next door| upstairs| downstairs| across| who\\b| live| lived| have| had| are| were| said"
			+ "| say| told| moved| own)");

	/**
	 * Plurals of peoples and groups: the Americans, the Nepalis, the Filipinos, the
	 * Rangers.
	 */
	private static final Pattern PEOPLES = Pattern
		.compile(".*(?:ians|eans|ans|ese|is|inos|ers|ists|ites|ics|ards|ics)");

	/** Greeted words that are no person. */
	private static final Set<String> NOT_GREETED = Set.of("All", "Everyone", "Everybody", "Team", "Sir", "Sirs",
			"Madam", "There", "Folks", "Friends", "Guys", "Neighbours", "Neighbors", "Residents", "Staff", "Mayor",
			"Council", "Officer", "Colleagues", "Parents", "Members", "Customers", "Reader", "Readers", "Ladies",
			"Gentlemen", "Office", "Department", "Section", "Person", "Manager", "Editor", "Committee", "Again",
			"Thanks");

	private EnglishFormNames() {
	}

	static void find(String folded, List<Finding> out) {
		if (folded.indexOf(':') >= 0 || folded.indexOf('-') >= 0) {
			Matcher label = LABEL.matcher(folded);
			while (label.find()) {
				addIfPerson(folded, label.start("v"), label.end("v"), Confidence.MASKED, out);
			}
		}
		Matcher greeting = GREETING.matcher(folded);
		while (greeting.find()) {
			if (!NOT_GREETED.contains(greeting.group("v").split(" ")[0])) {
				addIfPerson(folded, greeting.start("v"), greeting.end("v"), Confidence.MASKED, out);
			}
		}
		Matcher line = LIST_LINE.matcher(folded);
		while (line.find()) {
			boolean known = known(line.group("v")) || (line.group("w") != null && known(line.group("w")));
			// Under a heading about people, an unknown name is still flagged for staff.
			boolean people = !known && PEOPLE_HEADING.matcher(folded.substring(0, line.start())).find();
			if (known || people) {
				Confidence confidence = known ? Confidence.MASKED : Confidence.FLAGGED;
				addIfPerson(folded, line.start("v"), line.end("v"), confidence, out);
				if (line.group("w") != null) {
					addIfPerson(folded, line.start("w"), line.end("w"), confidence, out);
				}
			}
		}
		Matcher age = BEFORE_AGE.matcher(folded);
		while (age.find()) {
			String word = age.group("v");
			boolean sure = LatinWords.isGiven(word) || LatinWords.romajiShaped(word) || LatinWords.isSurname(word);
			// An unknown word with an age is a child only in a list of them: "(Noah, 8,
			// and …".
			if (sure || LIST_BEFORE.matcher(folded).region(Math.max(0, age.start() - 6), age.start()).find()) {
				addIfPerson(folded, age.start("v"), age.end("v"), sure ? Confidence.MASKED : Confidence.FLAGGED, out);
			}
		}
		if (folded.contains("he ")) {
			Matcher family = FAMILY.matcher(folded);
			while (family.find()) {
				String surname = family.group("w");
				if (LatinWords.isSurname(surname)) {
					out.add(Found.value(PersonalDataKind.PERSON_NAME, family));
				}
				else if (!PEOPLES.matcher(family.group("v")).matches() && !LatinWords.notLast(surname)
						&& !Places.isRomajiPlace(surname)) {
					out.add(Found.value(PersonalDataKind.PERSON_NAME, family, Confidence.FLAGGED));
				}
			}
		}
	}

	/** Whether a word of the run is a listed given name or surname. */
	private static boolean known(String run) {
		for (String word : run.split("[ ,]+")) {
			if (LatinWords.isGiven(word) || LatinWords.isSurname(word)) {
				return true;
			}
		}
		return false;
	}

	private static void addIfPerson(String folded, int start, int end, Confidence confidence, List<Finding> out) {
		String[] words = folded.substring(start, end).split("[ ,]+");
		String first = words[0];
		String last = words[words.length - 1];
		if (NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(first) || LatinWords.notLast(last)
				|| (words.length == 1 && Places.isRomajiPlace(first))) {
			return;
		}
		for (String word : words) {
			if (NameLexicon.ENGLISH_NOT_LAST_NAMES.contains(word)) {
				return;
			}
		}
		out.add(new Finding(PersonalDataKind.PERSON_NAME, start, end, confidence));
	}

}
