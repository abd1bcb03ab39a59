package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * Finds people's names in English text: after "my name is", "I am", a title (Mr, Dr), a
 * relation ("my neighbour Ken"), a label ("Contact:") or a sign-off ("Regards,"), and
 * before a Japanese honorific suffix ("Yamada-san").
 *
 * <p>
 * Capitalised words are everywhere in English (places, companies, projects), so a finding
 * needs a cue and must not start or end with a word from
 * {@link NameLexicon#ENGLISH_NOT_FIRST_NAMES} or
 * {@link NameLexicon#ENGLISH_NOT_LAST_NAMES}.
 */
final class EnglishNameDetector implements Detector {

	private static final String WORD = "[A-Z][a-z'\\-]{1,20}+";

	private static final String ONE_TO_THREE = "(?<v>" + WORD + "(?: " + WORD + "){0,2})";

	private static final String TWO = "(?<v>" + WORD + " " + WORD + ")";

	private static final String ONE_OR_TWO = "(?<v>" + WORD + "(?: " + WORD + ")?)";

	private static final PatternRule MY_NAME_IS = PatternRule
		.of("(?i:\\bmy name is|\\bmy name's|\\bi am called|\\bcall me|\\bmy name:) " + ONE_TO_THREE,
				EnglishNameDetector::plausible)
		.startingAt(StartSet.anyOf("mMiIcC"))
		.onlyWith("name", "Name", "NAME", "call", "Call");

	/**
	 * "I am" is followed by adjectives as often as names, so two capitalised words are
	 * required.
	 */
	private static final PatternRule I_AM = PatternRule
		.of("\\b(?:I am|I'm|This is|this is) " + TWO, EnglishNameDetector::plausible)
		.startingAt(StartSet.anyOf("ITt"))
		.onlyWith("I am", "I'm", "This is", "this is");

	/**
	 * Words that follow "I am" and are no name: where people come from, what they are.
	 */
	private static final Set<String> NOT_INTRODUCED = Set.of("Japanese", "English", "Vietnamese", "Nepali", "Nepalese",
			"Filipino", "Filipina", "Brazilian", "Indian", "Chinese", "Korean", "Thai", "Indonesian", "American",
			"British", "Australian", "Canadian", "French", "German", "Italian", "Spanish", "Portuguese", "Muslim",
			"Christian", "Buddhist", "Catholic", "Russian", "Ukrainian", "Polish", "Mexican", "Peruvian", "Burmese",
			"Mongolian", "Taiwanese", "Pakistani", "Bangladeshi", "Nigerian", "Kenyan", "Ghanaian", "Irish", "Scottish",
			"Welsh", "Dutch", "Swedish", "Norwegian", "Danish", "Finnish", "Turkish", "Egyptian", "Iranian", "Afghan",
			"Uzbek", "Kazakh", "Sri", "Retired", "Disabled", "Pregnant", "Deaf", "Blind", "Back", "Done", "Fine",
			"Okay", "Sure", "Tired", "Angry", "Upset", "Grateful", "Thankful", "Afraid", "Scared", "Single", "Married",
			"Divorced", "Widowed", "Unemployed", "Elderly", "Old", "Young", "New", "Local", "Vegan", "Jewish", "Hindu",
			"Male", "Female", "Foreign", "Writing", "Calling", "Asking");

	/**
	 * "I'm Svetlana from Kokura", "I am Oyelaran.": one capitalised word after I am, when
	 * what follows ends the introduction; nationalities and states are no names.
	 */
	private static final PatternRule I_AM_ONE = PatternRule
		.of("\\b(?:I am|I'm) (?<v>[A-Z][a-z]{2,20})(?= from\\b| and I\\b|,| here\\b|[.!]|$)",
				(match) -> plausible(match) && !NOT_INTRODUCED.contains(match.group("v")))
		.startingAt(StartSet.anyOf("I"))
		.onlyWith("I am", "I'm");

	private static final PatternRule TITLE = PatternRule
		.of("\\b(?:Mr|Mrs|Ms|Miss|Mx|Mdm|Mme|Dr|Prof)\\.? " + ONE_OR_TWO, EnglishNameDetector::plausible)
		.startingAt(StartSet.anyOf("MDP"))
		.onlyWith("Mr", "Ms", "Miss", "Mx", "Mdm", "Mme", "Dr", "Prof");

	private static final PatternRule SAN = PatternRule.of("\\b(?<v>[A-Z][a-z]{1,20}+)-(?:san|sama|kun|chan|sensei)\\b")
		.startingAt(StartSet.runOf(StartSet.LATIN))
		.onlyWith("-san", "-sama", "-kun", "-chan", "-sensei");

	private static final PatternRule RELATION = PatternRule
		.of("(?i:\\b(?:my|our) (?:next-door )?(?:neighbou?r|son|daughter"
				+ "|mother|father|mom|mum|dad|wife|husband|grandmother|grandfather|grandson|granddaughter|friend|child"
				+ "|colleague|caregiver|tenant|landlord|(?:project )?(?:lead|manager|coordinator|contact|representative))),? "
				+ ONE_OR_TWO, EnglishNameDetector::plausible)
		.startingAt(StartSet.anyOf("mMoO"))
		.onlyWith("my ", "My ", "our ", "Our ", "MY ", "OUR ");

	private static final PatternRule LABEL = PatternRule.of("(?i:\\bcontact person|\\bcontact|\\bname|\\bsigned"
			+ "|\\bsubmitted by|\\breported by|\\brequested by|\\bapplicant|\\brepresentative|\\bresident)(?: ?:|,) ?"
			+ ONE_OR_TWO, EnglishNameDetector::plausible)
		.startingAt(StartSet.anyOf("cCnNsSrRaA"))
		.onlyWith(":", ",");

	private static final PatternRule ACTION = PatternRule
		.of("(?i:\\bcontact|\\bplease call|\\bask for"
				+ "|\\bsubmitted by|\\breported by|\\bwritten by|\\bprepared by) " + TWO,
				EnglishNameDetector::plausible)
		.startingAt(StartSet.anyOf("cCpPaAsSrRwW"))
		.onlyWith("contact", "Contact", "call", "Call", "ask for", "Ask for", "by ");

	private static final PatternRule SIGN_OFF = PatternRule
		.of("(?:Best regards|Kind regards|Warm regards|Regards"
				+ "|Yours sincerely|Yours faithfully|Sincerely|Best wishes),?[ \\n]{1,3}(?:- ?)?" + TWO,
				EnglishNameDetector::plausible)
		.startingAt(StartSet.anyOf("BKWRYS"))
		.onlyWith("egards", "incerely", "aithfully", "wishes");

	private static final List<PatternRule> RULES = List.of(MY_NAME_IS, I_AM, I_AM_ONE, TITLE, SAN, RELATION, LABEL,
			ACTION, SIGN_OFF);

	@Override
	public void detect(String folded, List<Finding> out) {
		for (PatternRule rule : RULES) {
			rule.findAll(folded, PersonalDataKind.PERSON_NAME, out);
		}
	}

	private static boolean plausible(MatchResult match) {
		String[] words = match.group("v").split(" ");
		return !NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(words[0])
				&& !NameLexicon.ENGLISH_NOT_LAST_NAMES.contains(words[words.length - 1]);
	}

}
