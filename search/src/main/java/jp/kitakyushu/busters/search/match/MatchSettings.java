package jp.kitakyushu.busters.search.match;

import java.lang.reflect.RecordComponent;

/**
 * The matcher's tunables; {@link #defaults()} holds the values chosen by cross-validation
 * on the labelled data of the evaluation command (see the module README).
 *
 * @param maxTermsJa most Japanese terms taken from a source text
 * @param maxTermsEn most English terms taken from a source text
 * @param maxTermsBi most bigrams taken from a source text
 * @param weightJa weight of Japanese-term matches
 * @param weightEn weight of English-term matches
 * @param weightBi weight of bigram matches
 * @param titleWeight weight of the title within a document (BM25F), at least 1
 * @param tagsWeight weight of the tags within a document (BM25F), at least 1
 * @param queryTfExponent how a term repeated in the source counts: {@code tf^exponent}
 * @param themeWeight weight of a theme's own text when matching themes
 * @param memberWeight weight of the theme's member problems when matching themes
 * @param memberTopN how many of a theme's best-matching members count
 * @param memberDecay weight ratio between successive members (1 = plain sum of the top N)
 * @param memberCandidates how many member hits are gathered before grouping by theme
 * @param maxTextLength longest source text considered; the rest is ignored
 * @param maxDocFreqRatio terms in a larger share of the documents are not selected
 */
public record MatchSettings(int maxTermsJa, int maxTermsEn, int maxTermsBi, float weightJa, float weightEn,
		float weightBi, float titleWeight, float tagsWeight, float queryTfExponent, float themeWeight,
		float memberWeight, int memberTopN, float memberDecay, int memberCandidates, int maxTextLength,
		float maxDocFreqRatio) {

	/** See {@link #maxTermsJa()}. */
	public static final int DEFAULT_MAX_TERMS_JA = 40;

	/** See {@link #maxTermsEn()}. */
	public static final int DEFAULT_MAX_TERMS_EN = 40;

	/** See {@link #maxTermsBi()}. */
	public static final int DEFAULT_MAX_TERMS_BI = 40;

	/** See {@link #weightJa()}. */
	public static final float DEFAULT_WEIGHT_JA = 1f;

	/** See {@link #weightEn()}. */
	public static final float DEFAULT_WEIGHT_EN = 1f;

	/** See {@link #weightBi()}. */
	public static final float DEFAULT_WEIGHT_BI = 0.5f;

	/** See {@link #titleWeight()}. */
	public static final float DEFAULT_TITLE_WEIGHT = 2f;

	/** See {@link #tagsWeight()}. */
	public static final float DEFAULT_TAGS_WEIGHT = 1.5f;

	/** See {@link #queryTfExponent()}. */
	public static final float DEFAULT_QUERY_TF_EXPONENT = 0.5f;

	/** See {@link #themeWeight()}. */
	public static final float DEFAULT_THEME_WEIGHT = 1f;

	/** See {@link #memberWeight()}. */
	public static final float DEFAULT_MEMBER_WEIGHT = 1f;

	/** See {@link #memberTopN()}. */
	public static final int DEFAULT_MEMBER_TOP_N = 5;

	/** See {@link #memberDecay()}. */
	public static final float DEFAULT_MEMBER_DECAY = 0.8f;

	/** See {@link #memberCandidates()}. */
	public static final int DEFAULT_MEMBER_CANDIDATES = 200;

	/** See {@link #maxTextLength()}. */
	public static final int DEFAULT_MAX_TEXT_LENGTH = 20_000;

	/** See {@link #maxDocFreqRatio()}. */
	public static final float DEFAULT_MAX_DOC_FREQ_RATIO = 1f;

	public MatchSettings {
		if (titleWeight < 1 || tagsWeight < 1) {
			throw new IllegalArgumentException("field weights must be at least 1");
		}
	}

	/**
	 * The tuned defaults.
	 * @return the settings
	 */
	public static MatchSettings defaults() {
		return new MatchSettings(DEFAULT_MAX_TERMS_JA, DEFAULT_MAX_TERMS_EN, DEFAULT_MAX_TERMS_BI, DEFAULT_WEIGHT_JA,
				DEFAULT_WEIGHT_EN, DEFAULT_WEIGHT_BI, DEFAULT_TITLE_WEIGHT, DEFAULT_TAGS_WEIGHT,
				DEFAULT_QUERY_TF_EXPONENT, DEFAULT_THEME_WEIGHT, DEFAULT_MEMBER_WEIGHT, DEFAULT_MEMBER_TOP_N,
				DEFAULT_MEMBER_DECAY, DEFAULT_MEMBER_CANDIDATES, DEFAULT_MAX_TEXT_LENGTH, DEFAULT_MAX_DOC_FREQ_RATIO);
	}

	/**
	 * A copy with one setting changed by name, for tuning from the evaluation command
	 * line.
	 * @param name a component name, e.g. {@code weightBi}
	 * @param value its new value
	 * @return the changed settings
	 */
	public MatchSettings with(String name, String value) {
		RecordComponent[] components = MatchSettings.class.getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		boolean found = false;
		try {
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
				values[i] = components[i].getAccessor().invoke(this);
				if (components[i].getName().equals(name)) {
					values[i] = (types[i] == int.class) ? (Object) Integer.parseInt(value)
							: (Object) Float.parseFloat(value);
					found = true;
				}
			}
			if (!found) {
				throw new IllegalArgumentException("Unknown match setting " + name);
			}
			return MatchSettings.class.getDeclaredConstructor(types).newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
