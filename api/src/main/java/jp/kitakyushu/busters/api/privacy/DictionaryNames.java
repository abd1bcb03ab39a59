package jp.kitakyushu.busters.api.privacy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.ja.dict.JaMorphData;
import org.apache.lucene.analysis.ja.dict.ToStringUtil;
import org.apache.lucene.analysis.ja.dict.TokenInfoDictionary;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.IntsRefFSTEnum;
import org.apache.lucene.util.fst.PositiveIntOutputs;

/**
 * Every surname and given name Kuromoji's dictionary (IPADIC) knows, by its reading: in
 * katakana (タケダ, ミノル), and in Hepburn romaji (takeda, minoru), so that a common Japanese
 * name written in kana or in Latin letters is known without a hand list.
 *
 * <p>
 * Read once per JVM from the dictionary's own entries tagged {@code 名詞-固有名詞-人名-姓} and
 * {@code 名詞-固有名詞-人名-名} (about 10,000 surname and 7,000 given-name readings). Readings of
 * one kana are left out, and so are romaji readings that are English words or places of
 * the region ({@link LatinWords}, {@link Places}): they say nothing alone.
 */
final class DictionaryNames {

	private static final String SURNAME = "名詞-固有名詞-人名-姓";

	private static final String GIVEN_NAME = "名詞-固有名詞-人名-名";

	private DictionaryNames() {
	}

	/** Whether a word in katakana, hiragana or half-width katakana reads as a surname. */
	static boolean kanaSurname(String word) {
		return Holder.KANA_SURNAMES.contains(katakana(word));
	}

	/**
	 * Whether a word in katakana, hiragana or half-width katakana reads as a given name.
	 */
	static boolean kanaGivenName(String word) {
		return Holder.KANA_GIVEN_NAMES.contains(katakana(word));
	}

	/** Whether a word in Latin letters, in any case, is a surname's reading in romaji. */
	static boolean romajiSurname(String word) {
		return Holder.ROMAJI_SURNAMES.contains(word.toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether a word in Latin letters, in any case, is a given name's reading in romaji.
	 */
	static boolean romajiGivenName(String word) {
		return Holder.ROMAJI_GIVEN_NAMES.contains(word.toLowerCase(Locale.ROOT));
	}

	/**
	 * How many readings each list holds: kana surnames, kana given names, romaji both.
	 */
	static int[] sizes() {
		return new int[] { Holder.KANA_SURNAMES.size(), Holder.KANA_GIVEN_NAMES.size(), Holder.ROMAJI_SURNAMES.size(),
				Holder.ROMAJI_GIVEN_NAMES.size() };
	}

	/** Half-width katakana and hiragana as full-width katakana (ｲﾜｻｷ, いわさき: イワサキ). */
	static String katakana(String word) {
		String wide = Normalizer.normalize(word, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(wide.length());
		for (int i = 0; i < wide.length(); i++) {
			char c = wide.charAt(i);
			out.append((c >= 'ぁ' && c <= 'ゖ') ? (char) (c + ('ァ' - 'ぁ')) : c);
		}
		return out.toString();
	}

	/** The lists, loaded on first use: the dictionary holds 392,127 entries to walk. */
	private static final class Holder {

		static final Set<String> KANA_SURNAMES = new HashSet<>();

		static final Set<String> KANA_GIVEN_NAMES = new HashSet<>();

		static final Set<String> ROMAJI_SURNAMES = new HashSet<>();

		static final Set<String> ROMAJI_GIVEN_NAMES = new HashSet<>();

		static {
			load();
		}

		private static void load() {
			TokenInfoDictionary dictionary = TokenInfoDictionary.getInstance();
			JaMorphData morph = dictionary.getMorphAttributes();
			// The dictionary's FST is not public; the same file, read here, lists every
			// entry's surface with the ordinal of its entries.
			try (InputStream in = new BufferedInputStream(
					TokenInfoDictionary.class.getResourceAsStream("TokenInfoDictionary$fst.dat"))) {
				InputStreamDataInput data = new InputStreamDataInput(in);
				FST<Long> fst = new FST<>(FST.readMetadata(data, PositiveIntOutputs.getSingleton()), data);
				IntsRefFSTEnum<Long> entries = new IntsRefFSTEnum<>(fst);
				IntsRef ids = new IntsRef();
				IntsRefFSTEnum.InputOutput<Long> entry;
				while ((entry = entries.next()) != null) {
					char[] surface = new char[entry.input.length];
					for (int i = 0; i < surface.length; i++) {
						surface[i] = (char) entry.input.ints[entry.input.offset + i];
					}
					dictionary.lookupWordIds(entry.output.intValue(), ids);
					for (int k = 0; k < ids.length; k++) {
						int id = ids.ints[ids.offset + k];
						String pos = morph.getPartOfSpeech(id);
						if (pos.equals(SURNAME) || pos.equals(GIVEN_NAME)) {
							add(morph.getReading(id, surface, 0, surface.length), pos.equals(SURNAME));
						}
					}
				}
			}
			catch (IOException ex) {
				// The file ships inside the analyser's jar: missing, the build is broken.
				throw new UncheckedIOException(ex);
			}
			KANA_SURNAMES.removeAll(NameLexicon.KATAKANA_GENERIC);
			KANA_GIVEN_NAMES.removeAll(NameLexicon.KATAKANA_GENERIC);
		}

		private static void add(String reading, boolean surname) {
			if (reading == null || reading.length() < 2) {
				return;
			}
			(surname ? KANA_SURNAMES : KANA_GIVEN_NAMES).add(reading);
			String hepburn = ToStringUtil.getRomanization(reading).toLowerCase(Locale.ROOT).replace("'", "");
			Set<String> romaji = surname ? ROMAJI_SURNAMES : ROMAJI_GIVEN_NAMES;
			for (String spelling : spellings(hepburn)) {
				if (spelling.length() >= 3 && spelling.chars().allMatch((c) -> c >= 'a' && c <= 'z')
						&& LatinWords.romajiShaped(spelling)) {
					romaji.add(spelling);
				}
			}
		}

		/**
		 * The ways people write one Hepburn reading: 佐藤 as Sato, Satou or Satoh, 大田 as
		 * Ota or Oota, 本間 as Homma or Honma.
		 */
		private static Set<String> spellings(String hepburn) {
			Set<String> out = new HashSet<>();
			out.add(hepburn.replace("ō", "o").replace("ū", "u"));
			out.add(hepburn.replace("ō", "ou").replace("ū", "uu"));
			out.add(hepburn.replace("ō", "oh").replace("ū", "u"));
			out.add(hepburn.replace("oo", "o").replace("uu", "u").replace("ou", "o"));
			for (String spelling : Set.copyOf(out)) {
				out.add(spelling.replace("mm", "nm").replace("mb", "nb").replace("mp", "np"));
			}
			return out;
		}

	}

}
