package jp.kitakyushu.busters.api.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words around a capitalised word that say it names a person: a verb or preposition
 * people follow ("contact", "to"), a relation before it ("our neighbour"), "and I" after
 * it, or what people do after it ("says", "lives").
 */
final class EnglishPersonCues {

	private static final Set<String> LEAD_INS = Set.of("to", "with", "from", "by", "and", "ask", "call", "contact",
			"email", "text", "tell", "thank", "thanks", "met", "saw", "told", "asked", "like", "named", "called",
			"holder", "for", "name", "said", "says", "signed");

	/** "our neighbour Dorothea", "my son Kenta": a relation names the person next. */
	private static final Pattern RELATION_BEFORE = Pattern
		.compile("(?i)\\b(?:neighbou?r|friend|colleague|co-?worker|husband|wife"
				+ "|son|daughter|mother|father|mum|mom|dad|brother|sister|grand(?:son|daughter|mother|father|ma|pa)|uncle|aunt"
				+ "|nephew|niece|cousin|partner|tenant|landlord|landlady|classmate|roommate|flatmate|carer|caregiver"
				+ "|boyfriend|girlfriend|kids?|children|child|sons|daughters|twins|baby|grandchildren|neighbou?rs"
				+ "|boss|supervisor|(?:building |site )?manager|teacher|homeroom teacher|coach|doctor|nurse|caretaker"
				+ "|employer|housemate|fianc[eé]e?|step(?:son|daughter|mother|father)|(?:mother|father|brother|sister|son"
				+ "|daughter)-in-law|grandkids|granny|grandpa|grandma|spouse),? $");

	/** "send it to", "spoke to": a person, not a place, is written to or spoken to. */
	private static final Pattern PERSON_TO = Pattern
		.compile("(?i)\\b(?:send|sent|give|gave|hand|handed|talk|talked|speak"
				+ "|spoke|write|wrote|reply|replied|forward|forwarded|mail|mailed|introduce[ds]?)(?: it| this| them| me)? to $");

	/** "Takuro says", "Takuro from the association": a subject doing what people do. */
	private static final Pattern PERSON_VERB_AFTER = Pattern
		.compile("^ (?:says|said|told|asked|lives|lived|found|saw|noticed"
				+ "|reported|called|wrote|runs|works|worked|from the|and his|and her|who|lost|helped|walks|walked|fell"
				+ "|slipped|tripped|complained|wants|wanted|needs|needed|phoned|emailed|visited|cannot|can't|drives|drove"
				+ "|teaches|taught)\\b");

	/**
	 * What a listed given name does that other words do too ("Aarav starts school",
	 * "Registration starts"): a cue only after a name the lists know.
	 */
	private static final Pattern LISTED_PERSON_VERB_AFTER = Pattern
		.compile("^ (?:starts|started|attends|attended|goes|went|joins|joined|turns|turned|plays|played|loves|likes"
				+ "|goes|is \\d{1,2}\\b|was born)\\b");

	static boolean doingWhatListedPeopleDo(String folded, int end) {
		return LISTED_PERSON_VERB_AFTER.matcher(folded.substring(end, Math.min(folded.length(), end + 12))).find();
	}

	static boolean relationBefore(String folded, int start) {
		return before(folded, start, RELATION_BEFORE);
	}

	static boolean spokenToBefore(String folded, int start) {
		return before(folded, start, PERSON_TO);
	}

	static boolean doingWhatPeopleDo(String folded, int end) {
		return PERSON_VERB_AFTER.matcher(folded.substring(end, Math.min(folded.length(), end + 12))).find();
	}

	private static boolean before(String folded, int start, Pattern cue) {
		return cue.matcher(folded).region(Math.max(0, start - 24), start).find();
	}

	/** Lily and I; Anna and Paul Becker; email Hana at. */
	static boolean loneNameCue(String folded, int[] word) {
		String after = folded.substring(word[1], Math.min(folded.length(), word[1] + 8));
		return after.startsWith(" and I ")
				|| after.startsWith(" and I,") || (after.startsWith(" and ") && after.length() > 5
						&& Character.isUpperCase(after.charAt(5)) && !after.startsWith(" and I"))
				|| leadIn(folded, word[0]);
	}

	/**
	 * "to Elena Rossi", "ask for Tom", "email Hana": a verb or preposition people follow.
	 */
	static boolean leadIn(String folded, int start) {
		int end = start - 1;
		while (end > 0 && folded.charAt(end) == ' ') {
			end--;
		}
		int begin = end;
		while (begin > 0 && Character.isLetter(folded.charAt(begin - 1))) {
			begin--;
		}
		return end > begin && LEAD_INS.contains(folded.substring(begin, end + 1).toLowerCase(Locale.ROOT));
	}

	static boolean startsSentence(String folded, int start) {
		int at = start - 1;
		while (at >= 0 && folded.charAt(at) == ' ') {
			at--;
		}
		return at < 0 || ".!?\n:".indexOf(folded.charAt(at)) >= 0;
	}

	private EnglishPersonCues() {
	}

}
