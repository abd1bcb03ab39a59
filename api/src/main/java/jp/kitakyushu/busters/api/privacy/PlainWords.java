package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drops a name finding that is a single plain word, whatever rule found it: in Japanese a
 * word in kanji or katakana the dictionary reads only as a function word, a verbal noun
 * (在住, 連絡) or an adverbial noun (hiragana is left alone: そら and まい are names too); in
 * English a function word (Was, Were, Which), a greeting or form of address (Dear, Sir,
 * Madam, Regards) or a sentence adverb (Nearly, Luckily, Perhaps, Anyway). None of these
 * is ever anyone's name; a word the lists know as a given name or surname (Emily, Kelly,
 * Holly) stays one.
 */
final class PlainWords {

	/**
	 * Kuromoji's parts of speech that never are a name: particles, auxiliaries,
	 * conjunctions, interjections, adverbs, adnominals, symbols, and the nouns that are
	 * verbs (在住), adverbs (以上) or dependent (ため).
	 */
	private static final List<String> FUNCTION_POS = List.of("助詞", "助動詞", "接続詞", "感動詞", "副詞", "連体詞", "記号", "フィラー",
			"名詞-サ変接続", "名詞-副詞可能", "名詞-非自立", "名詞-接尾-助数詞", "名詞-数");

	/**
	 * English closed-class words, greetings and forms of address, and the adverbs that
	 * open a sentence without -ly.
	 */
	private static final Set<String> ENGLISH = WordLists
		.of("""
				a an the this that these those some any each every all both either neither no none such
				i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
				who whom whose which what where when why how whoever whatever
				am is are was were be been being do does did done have has had having will would shall should can could may might must
				and or but nor so yet if then than because since although though unless while whereas
				of to in on at by for with from into onto upon about above below over under after before between among through during
				without within along across around against toward towards near behind beside besides beyond until till via per
				not nor only also too very just even still already almost nearly quite rather maybe perhaps anyway anyhow however
				therefore thus hence meanwhile otherwise instead indeed again once twice soon later now today tonight tomorrow yesterday
				always never often sometimes seldom ever here there everywhere somewhere anywhere nowhere yes ok okay please thanks
				dear sir sirs madam madame ma'am gentlemen ladies hi hello hey greetings regards sincerely cheers yours respectfully
				mr mrs ms miss mx dr sorry welcome goodbye bye
				luckily unluckily fortunately unfortunately thankfully hopefully sadly honestly frankly actually basically
				apparently obviously clearly certainly definitely probably possibly presumably surely really seriously
				personally generally usually normally typically currently recently lately finally eventually suddenly
				originally previously initially firstly secondly thirdly lastly additionally especially mostly simply
				literally exactly absolutely totally completely immediately interestingly surprisingly strangely
				oddly ideally naturally understandably""");

	private PlainWords() {
	}

	static void remove(String folded, List<Finding> candidates) {
		candidates.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME && plain(finding.in(folded)));
	}

	/** Whether a found name, without the punctuation around it, is one plain word. */
	static boolean plain(String found) {
		String word = found.replaceAll("^[\\p{Punct}\\s　、。・「」（）()]+|[\\p{Punct}\\s　、。・「」（）()]+$", "");
		if (word.isEmpty()) {
			return true;
		}
		if (word.matches("[A-Za-z']+")) {
			return plainEnglish(word);
		}
		if (word.matches("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー々]+")) {
			return plainJapanese(word);
		}
		return false;
	}

	private static boolean plainEnglish(String word) {
		if (LatinWords.isGiven(word) || LatinWords.isSurname(word)) {
			return false;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		// Sentence adverbs are listed one by one, not guessed from -ly: surnames end so
		// too
		// (Donnelly, Connolly, Priestly), and a name let through is worse than an adverb
		// masked.
		return ENGLISH.contains(lower);
	}

	private static boolean plainJapanese(String word) {
		List<Morphology.Token> tokens = Morphology.tokens(word);
		if (tokens.isEmpty() || tokens.stream().anyMatch((token) -> token.taggedPerson() || !token.known())) {
			return false;
		}
		// One word of the dictionary, and a function word. A hiragana name is often a
		// word
		// of the dictionary too (そら, ゆうせい), even a particle or an auxiliary (さかい, まい):
		// hiragana is left to the rules that found it.
		Morphology.Token token = tokens.get(0);
		if (token.allHiragana()) {
			return false;
		}
		return tokens.size() == 1 && functionWord(token);
	}

	private static boolean functionWord(Morphology.Token token) {
		for (String pos : FUNCTION_POS) {
			if (token.pos().startsWith(pos)) {
				return true;
			}
		}
		return false;
	}

}
