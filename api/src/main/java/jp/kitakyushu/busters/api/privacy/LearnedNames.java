package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Person names found by the learned model ({@link NameModel}) where no rule speaks: runs
 * of words it scores above a threshold, joined across the spaces between them. They are
 * flagged, so staff decide; above a second, higher score they are masked.
 */
final class LearnedNames implements Detector {

	/**
	 * The score above which a word is flagged as part of a name: the lowest score on the
	 * cross-validation grid (0, 2, 4, 6, 8) at which the rules' own look-alike tests and
	 * the corpus floors still pass (Park in Katsuyama Park scores 5.8, こうえん in a child's
	 * kana 4.3); pooled recall there is still at least 0.97.
	 */
	static final float DEFAULT_FLAG_SCORE = 6f;

	/**
	 * The score above which a name is masked without review, chosen on the
	 * leave-one-file-out cross-validation of round 10 (15 files): masking above 20 raises
	 * pooled masked-alone recall from 0.935 to 0.958 (30: 0.950; 0.948 once a span a rule
	 * flagged stays flagged) while no file's must-stay strings are masked more often,
	 * since a string the model scores that high was already flagged, and flagged strings
	 * are hidden too.
	 */
	static final float DEFAULT_MASK_SCORE = 20f;

	/**
	 * Laughter at the end of a line (踏みそうになる笑), which the dictionary tags a given name.
	 */
	private static final Set<String> LAUGHTER = Set.of("笑", "草", "w", "ww", "www");

	private static final List<String> HONORIFICS = List.of("-san", "-kun", "-chan", "-sama", "-sensei", "-sensee");

	private final NameModel model;

	private final float flagScore;

	private final float maskScore;

	LearnedNames(NameModel model, float flagScore, float maskScore) {
		this.model = model;
		this.flagScore = flagScore;
		this.maskScore = maskScore;
	}

	/** The shipped model at the default scores. */
	static LearnedNames standard() {
		return new LearnedNames(NameModel.standard(), DEFAULT_FLAG_SCORE, DEFAULT_MASK_SCORE);
	}

	@Override
	public void detect(String folded, List<Finding> out) {
		int rules = out.size();
		BitSet flaggedByRules = null;
		for (Span span : spans(folded)) {
			Confidence confidence = Confidence.FLAGGED;
			if (span.score() > this.maskScore) {
				if (flaggedByRules == null) {
					flaggedByRules = flaggedByRules(out.subList(0, rules));
				}
				int flagged = flaggedByRules.nextSetBit(span.start());
				if (flagged < 0 || flagged >= span.end()) {
					confidence = Confidence.MASKED;
				}
			}
			out.add(new Finding(PersonalDataKind.PERSON_NAME, span.start(), span.end(), confidence));
		}
	}

	/**
	 * The chars the rules flagged: the rules leave some names to staff on purpose (a kana
	 * surname signing a post), which the model must not overrule by masking them. One
	 * pass, so a post with thousands of names stays linear.
	 */
	private static BitSet flaggedByRules(List<Finding> rules) {
		BitSet flagged = new BitSet();
		for (Finding finding : rules) {
			if (finding.flagged()) {
				flagged.set(finding.start(), finding.end());
			}
		}
		return flagged;
	}

	/**
	 * A run of words taken for a name.
	 * @param start offset of its first char
	 * @param end offset just past its last char
	 * @param score the highest score of its words
	 */
	/** The honorifics after which a lone long-vowel mark may end a nickname. */
	private static final Pattern LONG_VOWEL_HONORIFIC = Pattern.compile("くん|ちゃん|さん|たん|君|様|っち");

	record Span(int start, int end, float score) {
	}

	/** The runs of words scored above the flag score, split at line breaks. */
	List<Span> spans(String folded) {
		List<NameWords.Word> words = NameWords.of(folded);
		if (words.isEmpty()) {
			return List.of();
		}
		float[] scores = this.model.scores(NameFeatures.of(words), this.flagScore);
		List<Span> spans = new ArrayList<>();
		int i = 0;
		while (i < scores.length) {
			if (scores[i] <= this.flagScore || !nameLike(words.get(i)) || !canStart(words.get(i))) {
				i++;
				continue;
			}
			int last = i;
			float best = scores[i];
			while (last + 1 < scores.length && scores[last + 1] > this.flagScore && nameLike(words.get(last + 1))
					&& !spacedFunctionWord(words.get(last), words.get(last + 1))) {
				last++;
				best = Math.max(best, scores[last]);
			}
			boolean lone = i == last && (functionWord(words.get(i)) || LAUGHTER.contains(words.get(i).surface())
					|| acronym(words.get(i).surface()) || oneKanjiThing(folded, words.get(i))
					|| longVowelWithoutHonorific(folded, words.get(i)));
			int start = words.get(i).start();
			int end = withoutHonorific(folded, start, words.get(last).end());
			boolean kanaWord = JapaneseNames.HIRAGANA_WORDS.contains(folded.substring(start, end));
			if (!lone && !kanaWord && !loanWords(words, i, last) && !actionNouns(words, i, last)
					&& !commonNouns(words, i, last) && !inACode(folded, start, end)) {
				spans.add(new Span(start, end, best));
			}
			i = last + 1;
		}
		return spans;
	}

	/**
	 * Tanaka-san: a Japanese honorific joined to a romanised name by a hyphen is no part
	 * of the name, as さん is not.
	 */
	private static int withoutHonorific(String folded, int start, int end) {
		String span = folded.substring(start, end).toLowerCase(java.util.Locale.ROOT);
		for (String honorific : HONORIFICS) {
			if (span.endsWith(honorific) && span.length() > honorific.length() + 1) {
				return end - honorific.length();
			}
		}
		return end;
	}

	/**
	 * LINE, JR, NHK: a short word in capitals alone is a service's or a firm's acronym; a
	 * name in capitals (TANAKA) is longer, and an initial (K, T.) is one letter.
	 */
	private static boolean acronym(String word) {
		return word.length() >= 2 && word.length() <= 4 && word.chars().allMatch((c) -> c >= 'A' && c <= 'Z');
	}

	/** A name has a letter in it: marks and line breaks end a run. */
	/**
	 * A long-vowel mark the tokenizer cut alone is a nickname's only before an honorific
	 * (ま|ー|くん), not in a drawn-out word (みなさ|ー|ん).
	 */
	private static boolean longVowelWithoutHonorific(String folded, NameWords.Word word) {
		return word.surface().matches("[ーｰ〜~]+")
				&& !LONG_VOWEL_HONORIFIC.matcher(folded).region(word.end(), folded.length()).lookingAt();
	}

	private static boolean nameLike(NameWords.Word word) {
		return Character.isLetter(word.surface().codePointAt(0));
	}

	/**
	 * A name starts with a noun, a word the dictionary does not know or a Latin word: not
	 * with an adjective, a verb or a particle (氏名：なし), though a name in hiragana the
	 * dictionary split may go on with one (ゆう|と).
	 */
	private static boolean canStart(NameWords.Word word) {
		String pos = word.pos();
		return pos.startsWith("名詞") || pos.equals(NameWords.LATIN) || !word.known();
	}

	/**
	 * Whether a space parts two words of which one is a particle, an auxiliary or a
	 * conjunction: the model may score の high before a name (2ねんせいの みさき), but a name does
	 * not hold a spaced particle. Without the space the particle may be part of a name in
	 * hiragana that the dictionary split (ゆう|と).
	 */
	private static boolean spacedFunctionWord(NameWords.Word before, NameWords.Word after) {
		return after.spaceBefore() && (functionWord(before) || functionWord(after));
	}

	private static boolean functionWord(NameWords.Word word) {
		String pos = word.pos();
		return pos.startsWith("助詞") || pos.startsWith("助動詞") || pos.startsWith("接続詞");
	}

	/**
	 * Words joined by an underscore are a code or a key (YAHATA_NISHI, user_name), which
	 * people do not write their names in; an e-mail address with one is the e-mail
	 * detector's.
	 */
	private static boolean inACode(String folded, int start, int end) {
		return (start > 0 && folded.charAt(start - 1) == '_') || (end < folded.length() && folded.charAt(end) == '_');
	}

	/**
	 * Nouns of actions the dictionary knows (漏水, 破損, 通学) name what happens, not who: in a
	 * list (侵入・漏水・傾き) the model may take them for a list of names.
	 */
	private static boolean actionNouns(List<NameWords.Word> words, int first, int last) {
		for (int i = first; i <= last; i++) {
			NameWords.Word word = words.get(i);
			if (!word.known() || !word.pos().startsWith("名詞-サ変接続")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * One kanji the dictionary knows as a common noun, listed with another kanji word by
	 * と or や and not set apart by a space (坂と階段の多い地区): a thing, where a one-kanji name
	 * stands apart (夫 功 と二人) or ends its clause (班長の榊まで).
	 */
	private static boolean oneKanjiThing(String folded, NameWords.Word word) {
		String surface = word.surface();
		int end = word.end();
		return word.known() && word.pos().startsWith("名詞-一般") && surface.length() == 1
				&& StartSet.HAN.test(surface.charAt(0)) && end + 1 < folded.length()
				&& (folded.charAt(end) == 'と' || folded.charAt(end) == 'や') && StartSet.HAN.test(folded.charAt(end + 1))
				&& (word.start() == 0 || folded.charAt(word.start() - 1) != ' ');
	}

	/**
	 * Kanji words of two or more chars that the dictionary knows as common nouns (窓口, 電話)
	 * and no name list holds name things: in a list (区役所の窓口・電話) the model may take them
	 * for a list of names.
	 */
	private static boolean commonNouns(List<NameWords.Word> words, int first, int last) {
		for (int i = first; i <= last; i++) {
			NameWords.Word word = words.get(i);
			String surface = word.surface();
			if (!word.known() || !word.pos().startsWith("名詞-一般") || surface.length() < 2
					|| !surface.codePoints().allMatch(StartSet.HAN::test) || JapaneseNames.SURNAMES.contains(surface)
					|| JapaneseNames.GIVEN_NAMES.contains(surface)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Katakana words the dictionary knows as common nouns are loan words (ライフ, ワーク), not
	 * the foreign names written in katakana, which it does not know.
	 */
	private static boolean loanWords(List<NameWords.Word> words, int first, int last) {
		for (int i = first; i <= last; i++) {
			NameWords.Word word = words.get(i);
			if (!word.known() || !word.pos().startsWith("名詞-") || word.pos().startsWith("名詞-固有名詞")
					|| !StartSet.KATAKANA.test(word.surface().codePointAt(0))) {
				return false;
			}
		}
		return true;
	}

}
