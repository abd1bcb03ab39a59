package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the learned name model knows about each word: the word itself, its part of speech
 * and script, whether the name lists know it, and the same of the two words either side.
 * The label of the word before is added while tagging ({@link NameModel}), since it is
 * only known then.
 */
final class NameFeatures {

	/** Where each word's script shape ({@code s=KH}) stands among its features. */
	static final int SHAPE = 4;

	private static final int WINDOW = 2;

	private static final int MAX_SHAPE = 4;

	private static final String SENTENCE_ENDS = "。．.!?！？";

	private NameFeatures() {
	}

	/**
	 * The features of every word, in order; the label feature is not among them. A word
	 * that starts with no letter (a mark, a digit, a line break) is never part of a name
	 * and has none: its place holds null.
	 */
	static List<String[]> of(List<NameWords.Word> words) {
		int n = words.size();
		String[] surfaces = new String[n];
		String[] pos = new String[n];
		String[] shapes = new String[n];
		String[] lists = new String[n];
		boolean[] endings = new boolean[n];
		for (int i = 0; i < n; i++) {
			NameWords.Word word = words.get(i);
			surfaces[i] = NameWords.LATIN.equals(word.pos()) ? word.surface().toLowerCase(Locale.ROOT) : word.surface();
			pos[i] = shortPos(word.pos());
			shapes[i] = shape(word.surface());
			// Particles, verbs and marks are never names or name endings: the lists are
			// not asked about them, which is most of the cost.
			boolean content = content(word);
			lists[i] = content ? listed(word) + (place(word) ? "P" : "") : "-";
			endings[i] = content && orgOrPlaceEnding(word);
		}
		List<String[]> features = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			NameWords.Word word = words.get(i);
			if (!Character.isLetter(word.surface().codePointAt(0))) {
				features.add(null);
				continue;
			}
			List<String> f = new ArrayList<>(32);
			f.add("b");
			f.add("w=" + surfaces[i]);
			f.add("p=" + word.pos());
			f.add("q=" + pos[i]);
			f.add("s=" + shapes[i]);
			f.add("n=" + lists[i]);
			f.add("k=" + word.known() + pos[i]);
			f.add("l=" + Math.min(word.surface().length(), 6) + shapes[i]);
			f.add("sp=" + word.spaceBefore() + (i + 1 < n && words.get(i + 1).spaceBefore()));
			String surface = word.surface();
			f.add("first=" + Character.toString(surface.codePointAt(0)));
			f.add("last=" + Character.toString(surface.codePointBefore(surface.length())));
			f.add("start=" + sentenceStart(words, i) + shapes[i]);
			for (int d = -WINDOW; d <= WINDOW; d++) {
				if (d == 0) {
					continue;
				}
				int j = i + d;
				boolean inside = j >= 0 && j < n;
				f.add("w" + d + "=" + (inside ? surfaces[j] : "^$"));
				f.add("q" + d + "=" + (inside ? pos[j] : "^$"));
				if (Math.abs(d) == 1) {
					f.add("s" + d + "=" + (inside ? shapes[j] : "^$") + "|" + shapes[i]);
					f.add("n" + d + "=" + (inside ? lists[j] : "^$") + "|" + lists[i]);
				}
			}
			f.add("end+=" + ((i + 1 < n) && endings[i + 1]) + ((i + 2 < n) && endings[i + 2]) + shapes[i]);
			f.add("end-=" + ((i > 0) && endings[i - 1]) + shapes[i]);
			f.add("q-1q1=" + ((i > 0) ? pos[i - 1] : "^") + "|" + ((i + 1 < n) ? pos[i + 1] : "$"));
			f.add("w1w2=" + ((i + 1 < n) ? surfaces[i + 1] : "$") + "|" + ((i + 2 < n) ? surfaces[i + 2] : "$"));
			features.add(f.toArray(String[]::new));
		}
		return features;
	}

	/** The first two levels and any 人名/地域 sub-tag: 名詞-固有名詞-人名-姓 stays whole. */
	private static String shortPos(String pos) {
		if (pos.contains("人名") || pos.contains("地域") || pos.contains("組織")) {
			return pos;
		}
		int first = pos.indexOf('-');
		int second = (first >= 0) ? pos.indexOf('-', first + 1) : -1;
		return (second >= 0) ? pos.substring(0, second) : pos;
	}

	/** The scripts of a word in order, repeats collapsed: 山田さん is KH, Smith is Ul. */
	static String shape(String surface) {
		StringBuilder out = new StringBuilder(MAX_SHAPE);
		char last = 0;
		for (int i = 0; i < surface.length()
				&& out.length() < MAX_SHAPE; i += Character.charCount(surface.codePointAt(i))) {
			char c = type(surface.codePointAt(i));
			if (c != last) {
				out.append(c);
				last = c;
			}
		}
		return out.toString();
	}

	private static char type(int c) {
		if (StartSet.HAN.test(c)) {
			return 'K';
		}
		if (StartSet.HIRAGANA.test(c)) {
			return 'H';
		}
		if (StartSet.KATAKANA.test(c)) {
			return 'A';
		}
		if (StartSet.UPPER.test(c)) {
			return 'U';
		}
		if (StartSet.LATIN.test(c)) {
			return 'l';
		}
		if (Character.isDigit(c)) {
			return 'd';
		}
		return (c == '\n') ? 'n' : 'p';
	}

	/** Which name lists know the word: S surname, G given name, both, or neither. */
	private static String listed(NameWords.Word word) {
		String surface = word.surface();
		boolean surname;
		boolean given;
		if (word.pos().contains("人名")) {
			surname = word.pos().endsWith("姓");
			given = word.pos().endsWith("名");
		}
		else if (StartSet.LATIN.test(surface.charAt(0))) {
			surname = LatinWords.isSurname(surface) || DictionaryNames.romajiSurname(surface);
			given = LatinWords.isGiven(surface) || DictionaryNames.romajiGivenName(surface);
		}
		else if (StartSet.KATAKANA.test(surface.charAt(0)) || StartSet.HIRAGANA.test(surface.charAt(0))) {
			surname = surface.length() >= 2 && DictionaryNames.kanaSurname(surface);
			given = surface.length() >= 2 && DictionaryNames.kanaGivenName(surface);
		}
		else {
			return "-";
		}
		return (surname ? "S" : "") + (given ? "G" : "") + (surname || given ? "" : "-");
	}

	/** A noun, an unknown word or a Latin word: what a name or its ending can be. */
	private static boolean content(NameWords.Word word) {
		String pos = word.pos();
		return pos.startsWith("名詞") || pos.equals(NameWords.LATIN) || !word.known();
	}

	/** A place of the region or the world the lists know. */
	private static boolean place(NameWords.Word word) {
		return NameWords.LATIN.equals(word.pos()) ? Places.isRomajiPlace(word.surface())
				: Places.JAPANESE.contains(word.surface());
	}

	/**
	 * A word that ends the name of a firm, a school or a place (Bank, Station, 不動産, 駅,
	 * 区): a name before it is rarely a person's.
	 */
	private static boolean orgOrPlaceEnding(NameWords.Word word) {
		String surface = word.surface();
		return NameLexicon.ENGLISH_NOT_LAST_NAMES.contains(surface) || Businesses.isBusinessWord(surface)
				|| NameLexicon.GENERIC_ENDINGS.contains(surface);
	}

	private static boolean sentenceStart(List<NameWords.Word> words, int i) {
		if (i == 0) {
			return true;
		}
		NameWords.Word before = words.get(i - 1);
		return NameWords.BREAK.equals(before.pos()) || SENTENCE_ENDS.contains(before.surface());
	}

}
