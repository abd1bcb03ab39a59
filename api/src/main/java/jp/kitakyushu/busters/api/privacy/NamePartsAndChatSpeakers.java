package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 32: a found name grown to the whole name it cuts (the rest of a word, the other
 * half across one space, an apostrophe's or hyphen's part, an initial, a comma-inverted
 * given name), and the other speakers of a chat one of whose speakers is a found name.
 */
final class NamePartsAndChatSpeakers {

	/** Longest piece of a word outside a name that growing to the word may add. */
	private static final int MAX_WORD_REST = 3;

	/** Small kana and the long-vowel mark, which start no name. */
	private static final String SMALL_KANA = "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ";

	/** Kanji that end names of places, not of people. */
	private static final String PLACE_ENDS = "台丘町区市県駅園館";

	/** Kanji that end women's names after katakana (トシ江, ハル子, ミツ代). */
	private static final String KANJI_ENDINGS = "子江代枝恵美乃世";

	/** A part after an apostrophe (Ken'ichi, O'Neill), not a clitic ('s, 'll, 're). */
	private static final Pattern APOSTROPHE_AFTER = Pattern
		.compile("^'(?!(?:s|ll|re|ve|d|m|t)(?![A-Za-z]))[A-Za-z][a-z]{1,12}(?![A-Za-z])");

	/** A prefix before an apostrophe (O', D'). */
	private static final Pattern APOSTROPHE_BEFORE = Pattern.compile("(?<![A-Za-z])[A-Z][a-z]?'\\z");

	/** A hyphenated part before (Hye-) or after (-yeon) a name. */
	private static final Pattern HYPHEN_BEFORE = Pattern.compile("(?<![A-Za-z\\-])[A-Z][a-z]{1,8}-\\z");

	private static final Pattern HYPHEN_AFTER = Pattern.compile("^-[A-Za-z][a-z]{1,8}(?![A-Za-z\\-])");

	/** Honorifics after a hyphen, which are no part of the name. */
	private static final Set<String> HYPHEN_HONORIFICS = Set.of("-san", "-sama", "-kun", "-chan", "-sensei", "-senpai",
			"-sensee", "-dono", "-shi", "-ku", "-cho", "-machi", "-gun");

	/** Initials after a found initial: T[.K.], and before one: [M.]S. */
	private static final Pattern INITIALS_AFTER = Pattern.compile("^\\.(?:[A-Z]\\.)+");

	private static final Pattern INITIALS_BEFORE = Pattern.compile("(?<![A-Za-z])(?:[A-Z]\\.){1,2}\\z");

	/** A Japanese firm's form in initials (G.K., K.K.), which is no person's. */
	private static final Set<String> FIRM_INITIALS = Set.of("G.K.", "K.K.", "Y.K.", "L.P.", "P.C.");

	/** A given name after a surname in capitals and a comma: DUBOIS, Marc. */
	private static final Pattern INVERTED_GIVEN = Pattern.compile("^, ?[A-Z][a-z]{1,12}(?![A-Za-z])");

	/** A speaker at a line's start before a colon: ゆうた: …, Bayu: …. */
	private static final Pattern SPEAKER = Pattern
		.compile("(?m)^[ \\t]*(?<s>[ぁ-ゖー]{2,6}|[ァ-ヺー]{2,7}|[一-龥々]{1,4}|[A-Za-z][a-z]{1,11}|[A-Z]{2,12})[ \\t]?[:：]");

	/** Line-head labels a form or note puts before a colon, in either script. */
	private static final Set<String> LABELS = Set.of("なまえ", "おなまえ", "ばしょ", "じかん", "にちじ", "もちもの", "ひよう", "れんらく", "おしらせ",
			"おねがい", "こたえ", "しつもん", "メモ", "ポイント", "ルール", "テーマ", "タイトル", "メール", "ライン", "コメント", "ヒント", "チェック", "メニュー",
			"ノート", "ゲスト", "アドレス", "リンク", "スレ", "まとめ", "ついでに", "あと", "ちなみに", "ただし", "ほか", "その他", "note", "notes", "re",
			"subject", "from", "to", "date", "time", "place", "tel", "phone", "email", "mail", "address", "name", "id",
			"fee", "week", "day", "ps", "update", "edit", "reply", "answer", "question", "me", "total", "result",
			"status", "location", "where", "when", "who", "why", "what", "how", "cost", "price", "venue", "agenda",
			"topic", "meeting", "bus", "car", "room", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday",
			"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "tonight", "yes",
			"no", "ok", "okay", "warning", "attention", "info", "important", "reminder", "urgent", "chat", "log",
			"line", "fwd", "fw", "via", "source", "link", "url", "web", "site", "call", "text", "sms", "admin", "mod",
			"host", "staff", "team", "all", "everyone", "group", "class", "mom", "mum", "dad", "mama", "papa",
			"grandma", "grandpa", "teacher", "boss", "manager", "leader", "chair", "secretary", "treasurer");

	private NamePartsAndChatSpeakers() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> names = new ArrayList<>();
		for (Finding found : candidates) {
			if (found.kind() == PersonalDataKind.PERSON_NAME) {
				names.add(found);
			}
		}
		if (names.isEmpty()) {
			return;
		}
		boolean japanese = TextFold.isJapanese(folded);
		List<Morphology.Token> tokens = japanese ? Morphology.tokens(folded) : List.of();
		List<Finding> added = new ArrayList<>();
		for (Finding name : names) {
			int start = name.start();
			int end = name.end();
			if (japanese) {
				int[] word = wholeWords(folded, start, end);
				start = word[0];
				end = word[1];
				// A half across a space only for a name found without its other half.
				if (folded.substring(start, end).indexOf(' ') < 0 && folded.substring(start, end).indexOf('　') < 0) {
					end = halfAfter(folded, tokens, start, end);
					start = halfBefore(folded, tokens, start, end);
				}
			}
			int[] latin = latinParts(folded, start, end);
			start = latin[0];
			end = latin[1];
			// A name grown into an address or another kind's finding would lose to it
			// whole, as the longer finding wins.
			if (overlapsOtherKind(candidates, start, name.start()) || overlapsOtherKind(candidates, name.end(), end)) {
				continue;
			}
			if (start != name.start() || end != name.end()) {
				added.add(name.over(start, end));
			}
		}
		addChatSpeakers(folded, names, added);
		candidates.addAll(added);
	}

	/**
	 * A kana name whose edge cuts a short kana word (ま[ー]くん, よっし[ー], み[ゆ]ノート) takes the
	 * whole word, as no name starts with a long-vowel mark or a small kana and a lone
	 * kana is no name; a katakana given name takes a kanji ending glued to it ([トシ]江).
	 */
	private static int[] wholeWords(String folded, int start, int end) {
		int newStart = start;
		int newEnd = end;
		String found = folded.substring(start, end);
		char first = found.charAt(0);
		boolean cut = first == 'ー' || SMALL_KANA.indexOf(first) >= 0 || (found.length() == 1 && allHiragana(found));
		if (cut) {
			int s = start;
			while (s > 0 && sameKana(folded.charAt(s - 1), first) && start - s <= MAX_WORD_REST) {
				s--;
			}
			// The whole run, or nothing: a longer run may be a sentence that ends in the
			// name's first half.
			if (s < start && start - s <= MAX_WORD_REST && (s == 0 || !isKana(folded.charAt(s - 1)))) {
				newStart = s;
			}
			if (found.length() == 1 && allHiragana(found)) {
				int e = end;
				while (e < folded.length() && StartSet.HIRAGANA.test(folded.charAt(e)) && e - end < MAX_WORD_REST) {
					e++;
				}
				if (e > end && (e == folded.length() || !isKana(folded.charAt(e))) && !honorificAt(folded, end)) {
					newEnd = e;
				}
			}
		}
		char last = found.charAt(found.length() - 1);
		if (end < folded.length() && StartSet.KATAKANA.test(last) && last != 'ー'
				&& KANJI_ENDINGS.indexOf(folded.charAt(end)) >= 0 && (end + 1 == folded.length()
						|| !kanjiOrKana(folded.substring(end + 1, end + 2)) || honorificAt(folded, end + 1))) {
			newEnd = end + 1;
		}
		return new int[] { newStart, newEnd };
	}

	private static boolean isKana(char c) {
		return StartSet.HIRAGANA.test(c) || StartSet.KATAKANA.test(c);
	}

	/** Whether a char before a cut continues its word: hiragana before hiragana or ー. */
	private static boolean sameKana(char c, char first) {
		if (first == 'ー' || SMALL_KANA.indexOf(first) >= 0) {
			return isKana(c) && c != 'ー';
		}
		return StartSet.HIRAGANA.test(c);
	}

	/**
	 * The given name after a found surname across one space (三好 明日香): one kanji word of
	 * one to three chars that the dictionary knows as a proper noun that is no place, or
	 * does not know, standing alone.
	 */
	private static int halfAfter(String folded, List<Morphology.Token> tokens, int start, int end) {
		if (end + 1 >= folded.length() || !isSpace(folded.charAt(end))) {
			return end;
		}
		int index = Morphology.indexAt(tokens, end + 1);
		if (index < 0) {
			return end;
		}
		Morphology.Token token = tokens.get(index);
		if (!token.allKanji() || token.length() > 3 || !properOrUnknown(token) || token.taggedPlace()) {
			return end;
		}
		int halfEnd = token.end();
		if (halfEnd < folded.length() && kanjiOrKana(folded.substring(halfEnd, halfEnd + 1))
				&& !honorificAt(folded, halfEnd)) {
			return end;
		}
		return halfEnd;
	}

	/**
	 * The surname before a found given name across one space (藤田 フジ, ありた ゆうこ): kanji
	 * proper nouns or unknown kanji back to a role, kin word, particle or line start; or
	 * a hiragana surname after は or も before a hiragana given name.
	 */
	private static int halfBefore(String folded, List<Morphology.Token> tokens, int start, int end) {
		if (start < 2 || !isSpace(folded.charAt(start - 1))) {
			return start;
		}
		int index = Morphology.indexAt(tokens, start - 1);
		if (index <= 0) {
			return start;
		}
		int halfStart = start - 1;
		int i = index - 1;
		while (i >= 0) {
			Morphology.Token token = tokens.get(i);
			if (!token.allKanji() || !properOrUnknown(token) || start - 1 - token.start() > 3) {
				break;
			}
			halfStart = token.start();
			i--;
		}
		if (halfStart < start - 1 && stopsBefore(tokens, i, halfStart, start - 1)
				&& !placeLike(folded, halfStart, start - 1)) {
			return halfStart;
		}
		// ありた ゆうこ: a hiragana surname after a particle, before a hiragana given name.
		if (allHiragana(folded.substring(start, end))) {
			int j = index - 1;
			int hiraStart = start - 1;
			while (j >= 0 && allHiragana(tokens.get(j).surface()) && !tokens.get(j).pos().startsWith("助詞")) {
				hiraStart = tokens.get(j).start();
				j--;
			}
			int length = start - 1 - hiraStart;
			if (length >= 2 && length <= 5 && j >= 0 && tokens.get(j).pos().startsWith("助詞-係助詞")
					&& tokens.get(j).end() == hiraStart) {
				return hiraStart;
			}
		}
		return start;
	}

	/**
	 * Whether a half is a place: it ends in a word that ends places (光ヶ丘, 桜台) or follows
	 * a ward or city (八幡西区 光貞台 …).
	 */
	private static boolean placeLike(String folded, int start, int end) {
		if (PLACE_ENDS.indexOf(folded.charAt(end - 1)) >= 0) {
			return true;
		}
		int at = start;
		while (at > 0 && isSpace(folded.charAt(at - 1))) {
			at--;
		}
		return at > 0 && at < start && "区市町県郡".indexOf(folded.charAt(at - 1)) >= 0;
	}

	/**
	 * A proper noun that is no place suffix or common word, or a word the dictionary does
	 * not know.
	 */
	private static boolean properOrUnknown(Morphology.Token token) {
		return !token.known() || token.pos().startsWith("名詞-固有名詞");
	}

	/**
	 * Whether the half may start where it does: after a space, a bracket, a particle or
	 * the line's start, or glued to a role or kin word the dictionary knows (会長, 母), not
	 * to the rest of a firm's or place's name (スズキ住設).
	 */
	private static boolean stopsBefore(List<Morphology.Token> tokens, int i, int halfStart, int halfEnd) {
		if (i < 0) {
			return true;
		}
		Morphology.Token before = tokens.get(i);
		if (before.end() != halfStart || !kanjiOrKana(before.surface()) || before.pos().startsWith("助詞")) {
			return true;
		}
		return before.commonWord() && before.pos().startsWith("名詞-一般") && before.allKanji();
	}

	private static boolean honorificAt(String folded, int at) {
		return folded.startsWith("さん", at) || folded.startsWith("様", at) || folded.startsWith("さま", at)
				|| folded.startsWith("くん", at) || folded.startsWith("ちゃん", at) || folded.startsWith("です", at)
				|| folded.startsWith("先生", at) || folded.startsWith("氏", at);
	}

	/**
	 * The parts of a romanised name around a found part: apostrophes, hyphens, initials.
	 */
	private static int[] latinParts(String folded, int start, int end) {
		String found = folded.substring(start, end);
		if (found.isEmpty() || !Character.isLetter(found.charAt(found.length() - 1)) || found.charAt(0) > 'z') {
			return new int[] { start, end };
		}
		String after = folded.substring(end, Math.min(folded.length(), end + 20));
		String before = folded.substring(Math.max(0, start - 12), start);
		int newStart = start;
		int newEnd = end;
		Matcher m = APOSTROPHE_AFTER.matcher(after);
		if (m.find()) {
			newEnd = end + m.end();
		}
		else if ((m = HYPHEN_AFTER.matcher(after)).find() && !HYPHEN_HONORIFICS.contains(m.group().toLowerCase())) {
			newEnd = end + m.end();
		}
		else if (found.length() == 1 && Character.isUpperCase(found.charAt(0))
				&& (m = INITIALS_AFTER.matcher(after)).find() && !FIRM_INITIALS.contains(found + m.group())) {
			newEnd = end + m.end();
		}
		else if (found.length() >= 2 && found.chars().allMatch((c) -> c >= 'A' && c <= 'Z')
				&& (m = INVERTED_GIVEN.matcher(after)).find()) {
			newEnd = end + m.end();
		}
		if ((m = APOSTROPHE_BEFORE.matcher(before)).find() || (m = HYPHEN_BEFORE.matcher(before)).find()) {
			newStart = start - (before.length() - m.start());
		}
		else if (found.length() == 1 && Character.isUpperCase(found.charAt(0))
				&& (m = INITIALS_BEFORE.matcher(before)).find() && !FIRM_INITIALS.contains(m.group() + found + ".")) {
			newStart = start - (before.length() - m.start());
			if (after.startsWith(".") && newEnd == end) {
				newEnd = end + 1;
			}
		}
		return new int[] { newStart, newEnd };
	}

	/**
	 * The speakers of a chat pasted into a post (けん：…, Bayu: …): where two or more
	 * speakers take turns and one of them is a found name, or one speaks twice, the
	 * others are names too.
	 */
	private static void addChatSpeakers(String folded, List<Finding> names, List<Finding> added) {
		Matcher speaker = SPEAKER.matcher(folded);
		List<int[]> spans = new ArrayList<>();
		Set<String> distinct = new HashSet<>();
		Set<String> repeated = new HashSet<>();
		boolean oneFound = false;
		while (speaker.find()) {
			int s = speaker.start("s");
			int e = speaker.end("s");
			String word = speaker.group("s");
			if (names.stream().anyMatch((n) -> n.overlaps(s, e))) {
				oneFound = true;
				distinct.add(word);
				continue;
			}
			if (LABELS.contains(word.toLowerCase()) || labelWord(word)) {
				continue;
			}
			if (!distinct.add(word)) {
				repeated.add(word);
			}
			spans.add(new int[] { s, e });
		}
		if (distinct.size() < 2 || (!oneFound && repeated.isEmpty())) {
			return;
		}
		Set<String> speakers = new HashSet<>();
		for (int[] span : spans) {
			added.add(new Finding(PersonalDataKind.PERSON_NAME, span[0], span[1], Confidence.FLAGGED));
			speakers.add(folded.substring(span[0], span[1]));
		}
		// The same speakers named inside the lines (Bayu it was u, 1 ちえ).
		for (String word : speakers) {
			for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
				if (standsAlone(folded, at, at + word.length())) {
					added.add(new Finding(PersonalDataKind.PERSON_NAME, at, at + word.length(), Confidence.FLAGGED));
				}
			}
		}
	}

	/**
	 * Whether a word stands alone where it is: no letter of its script glued before, and
	 * after it none either, or a particle or honorific.
	 */
	private static boolean standsAlone(String folded, int start, int end) {
		char first = folded.charAt(start);
		char last = folded.charAt(end - 1);
		char before = (start > 0) ? folded.charAt(start - 1) : ' ';
		char after = (end < folded.length()) ? folded.charAt(end) : ' ';
		if (first < 0x80) {
			return !Character.isLetterOrDigit(before) && !Character.isLetterOrDigit(after) && after != '\'';
		}
		if (isKana(before) || (StartSet.HAN.test(before) && StartSet.HAN.test(first))) {
			return false;
		}
		boolean hiragana = StartSet.HIRAGANA.test(last);
		if (hiragana ? StartSet.HIRAGANA.test(after) : (isKana(after) || StartSet.HAN.test(after))) {
			return "はがのにともをへや".indexOf(after) >= 0 || honorificAt(folded, end);
		}
		return true;
	}

	/** A kanji or katakana word the dictionary knows only as a common word (会計, メモ). */
	private static boolean labelWord(String word) {
		if (word.chars().allMatch((c) -> c < 0x80) || allHiragana(word)) {
			return false;
		}
		return Morphology.readsOnlyAsCommon(word);
	}

	private static boolean overlapsOtherKind(List<Finding> candidates, int start, int end) {
		if (start >= end) {
			return false;
		}
		for (Finding other : candidates) {
			if (other.kind() != PersonalDataKind.PERSON_NAME && other.overlaps(start, end)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '　';
	}

	private static boolean kanjiOrKana(String text) {
		if (text.isEmpty()) {
			return false;
		}
		return text.codePoints()
			.allMatch(
					(c) -> StartSet.HAN.test(c) || StartSet.HIRAGANA.test(c) || StartSet.KATAKANA.test(c) || c == '々');
	}

	private static boolean allHiragana(String text) {
		return !text.isEmpty() && text.codePoints().allMatch((c) -> StartSet.HIRAGANA.test(c) || c == 'ー');
	}

}
