package jp.kitakyushu.busters.api.privacy;

import java.util.List;

/**
 * Finds where a given name written in hiragana ends (娘のめいが, 川野ゆいかです, 長男はるき（7歳）): hiragana
 * runs on into the particle or copula after it, so the name is the run less what follows
 * it.
 */
final class KanaNames {

	static final int MAX_LENGTH = 4;

	/** Longest first, so です is not read as で. */
	private static final List<String> AFTER_A_NAME = List.of("でございます", "と申します", "といいます", "と言います", "でした", "です", "ちゃん",
			"くん", "さん", "から", "より", "まで", "が", "は", "も", "を", "に", "の", "へ", "や", "と", "で");

	/** What may follow a name and still have more hiragana after it: another name. */
	private static final List<String> OPEN_ENDED = List.of("と", "ちゃん", "くん", "さん", "や");

	private static final String PARTICLE_CHARS = "がはもをにのへやとで";

	private KanaNames() {
	}

	/**
	 * Where the name that starts at {@code start} ends, or -1 when the run is no name.
	 * @param folded the folded text
	 * @param start where a run of hiragana starts
	 * @return the end offset of the name, or -1
	 */
	static int end(String folded, int start) {
		int runEnd = start;
		while (runEnd < folded.length() && runEnd - start < 12 && StartSet.HIRAGANA.test(folded.charAt(runEnd))) {
			runEnd++;
		}
		if (runEnd < folded.length() && folded.charAt(runEnd) == '(' && runEnd - start >= 2
				&& runEnd - start <= MAX_LENGTH && plausible(folded.substring(start, runEnd))) {
			// ひなの（5歳）: what a bracket follows is the whole name, の and all.
			return runEnd;
		}
		for (int end = Math.min(start + MAX_LENGTH, runEnd); end >= start + 2; end--) {
			if (!plausible(folded.substring(start, end))) {
				continue;
			}
			for (String after : AFTER_A_NAME) {
				if (folded.startsWith(after, end) && (end + after.length() >= runEnd || OPEN_ENDED.contains(after))) {
					return end;
				}
			}
		}
		if (runEnd - start >= 2 && runEnd - start <= MAX_LENGTH && plausible(folded.substring(start, runEnd))) {
			boolean bracketFollows = runEnd < folded.length() && folded.charAt(runEnd) == '(';
			if (bracketFollows || PARTICLE_CHARS.indexOf(folded.charAt(runEnd - 1)) < 0) {
				return runEnd;
			}
		}
		return -1;
	}

	private static boolean plausible(String name) {
		return !name.startsWith("お") && !name.startsWith("ご") && !JapaneseNames.HIRAGANA_WORDS.contains(name)
				&& !NameLexicon.HIRAGANA_GENERIC.contains(name)
				&& !NameContext.startsWithAny(name, 0, List.of("くん", "ちゃん", "さん", "さま", "たち"));
	}

}
