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
 * @param titleWeight weight of title matches relative to text matches
 * @param tagsWeight weight of tag matches relative to text matches
 * @param contextWeight weight of context matches (a theme's source problems) relative to
 * text
 * @param queryTfExponent how a term repeated in the source counts: {@code tf^exponent}
 * @param themeWeight weight of a theme's own text when matching themes
 * @param memberWeight weight of the theme's member problems when matching themes
 * @param memberTopN how many of a theme's best-matching members count
 * @param memberDecay weight ratio between successive members (1 = plain sum of the top N)
 * @param memberCandidates how many member hits are gathered before grouping by theme
 * @param memberMaxTerms most salient terms per family used to score members (the cost of
 * scoring many members grows with the number of terms)
 * @param maxTextLength longest source text considered; the rest is ignored
 * @param maxDocFreqRatio terms in a larger share of the documents are not selected
 * @param bm25K1 BM25 term-frequency saturation used for matching
 * @param bm25B BM25 length normalisation used for matching
 * @param synonymWeightJa weight of a Japanese dictionary synonym relative to the writer's
 * own word
 * @param synonymWeightEn weight of an English dictionary synonym relative to the writer's
 * own word
 * @param maxExpansions most dictionary synonyms taken from a source text per family
 * @param maxExpansionSourceTerms dictionary synonyms are only added to a source text with
 * at most this many distinct words of its own (per family)
 * @param problemCandidates problems retrieved by topic before "same problem" scoring
 * @param problemRetrievalTerms most terms per family, the most salient, that retrieve
 * those candidates (every selected term still counts in their "same problem" features)
 * @param hintThreshold the least "same problem" probability at which intake shows "is
 * this yours?"
 * @param clusterThreshold the least mean probability, by the pair model of curation
 * clusters (both problems' matches of each other), at which two clusters are merged
 * @param clusterNeighbours nearest problems looked at per problem when clustering
 * @param themeDiscrimination exponent of the weight a term gets, when matching themes'
 * own texts, for how few themes' contexts have it (0 = every term alike)
 * @param themeDiscriminationFloor the least such weight, before the exponent, of a term
 * every theme's context has
 * @param suggestedMemberWeight weight of a theme's suggested members (problems matching
 * put there, {@link jp.kitakyushu.busters.search.SearchDocument#SUGGESTED_THEME_ID})
 * relative to its curated ones
 */
public record MatchSettings(int maxTermsJa, int maxTermsEn, int maxTermsBi, float weightJa, float weightEn,
		float weightBi, float titleWeight, float tagsWeight, float contextWeight, float queryTfExponent,
		float themeWeight, float memberWeight, int memberTopN, float memberDecay, int memberCandidates,
		int memberMaxTerms, int maxTextLength, float maxDocFreqRatio, float bm25K1, float bm25B, float synonymWeightJa,
		float synonymWeightEn, int maxExpansions, int maxExpansionSourceTerms, int problemCandidates,
		int problemRetrievalTerms, float hintThreshold, float clusterThreshold, int clusterNeighbours,
		float themeDiscrimination, float themeDiscriminationFloor, float suggestedMemberWeight) {

	/** See {@link #maxTermsJa()}. */
	public static final int DEFAULT_MAX_TERMS_JA = 40;

	/** See {@link #maxTermsEn()}. */
	public static final int DEFAULT_MAX_TERMS_EN = 100;

	/** See {@link #maxTermsBi()}. */
	public static final int DEFAULT_MAX_TERMS_BI = 20;

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

	/** See {@link #contextWeight()}. */
	public static final float DEFAULT_CONTEXT_WEIGHT = 2f;

	/** See {@link #queryTfExponent()}. */
	public static final float DEFAULT_QUERY_TF_EXPONENT = 0.5f;

	/** See {@link #themeWeight()}. */
	public static final float DEFAULT_THEME_WEIGHT = 2f;

	/** See {@link #memberWeight()}. */
	public static final float DEFAULT_MEMBER_WEIGHT = 1f;

	/** See {@link #memberTopN()}. */
	public static final int DEFAULT_MEMBER_TOP_N = 20;

	/** See {@link #memberDecay()}. */
	public static final float DEFAULT_MEMBER_DECAY = 0.95f;

	/** See {@link #memberCandidates()}. */
	public static final int DEFAULT_MEMBER_CANDIDATES = 200;

	/** See {@link #memberMaxTerms()}. */
	public static final int DEFAULT_MEMBER_MAX_TERMS = 100;

	/** See {@link #maxTextLength()}. */
	public static final int DEFAULT_MAX_TEXT_LENGTH = 20_000;

	/** See {@link #maxDocFreqRatio()}. */
	public static final float DEFAULT_MAX_DOC_FREQ_RATIO = 1f;

	/**
	 * See {@link #bm25K1()}; higher than search's 1.2 because a term repeated throughout
	 * a theme is strong evidence of what the theme is about.
	 */
	public static final float DEFAULT_BM25_K1 = 3f;

	/**
	 * See {@link #bm25B()}; full length normalisation, so long theme texts do not win on
	 * length alone.
	 */
	public static final float DEFAULT_BM25_B = 1f;

	/** See {@link #synonymWeightJa()}. */
	public static final float DEFAULT_SYNONYM_WEIGHT_JA = 0.5f;

	/** See {@link #synonymWeightEn()}. */
	public static final float DEFAULT_SYNONYM_WEIGHT_EN = 0.5f;

	/** See {@link #maxExpansions()}. */
	public static final int DEFAULT_MAX_EXPANSIONS = 20;

	/**
	 * See {@link #maxExpansionSourceTerms()}: intake texts have a few dozen words,
	 * proposals and policy texts well over a hundred.
	 */
	public static final int DEFAULT_MAX_EXPANSION_SOURCE_TERMS = 60;

	/** See {@link #problemCandidates()}. */
	public static final int DEFAULT_PROBLEM_CANDIDATES = 30;

	/**
	 * See {@link #problemRetrievalTerms()}: on the 111,000-document benchmark index 12 of
	 * each family (of up to 60 Japanese, 120 English and 20 bigrams) with three times the
	 * candidates re-scored cut similar problems' CPU by about a seventh; four answers in
	 * five were the same ten problems in the same order, the first the same in 97 %.
	 */
	public static final int DEFAULT_PROBLEM_RETRIEVAL_TERMS = 12;

	/**
	 * See {@link #hintThreshold()}: the lowest threshold, in steps of 0.05, from which
	 * the hint on the tuning duplicates set names the same problem at least nine times in
	 * ten.
	 */
	public static final float DEFAULT_HINT_THRESHOLD = 0.85f;

	/** See {@link #clusterThreshold()}. */
	public static final float DEFAULT_CLUSTER_THRESHOLD = 0.5f;

	/** See {@link #clusterNeighbours()}. */
	public static final int DEFAULT_CLUSTER_NEIGHBOURS = 10;

	/**
	 * See {@link #themeDiscrimination()}: on the English folds with 10 rows per label, 1
	 * / 2 / 3 gave R@1 0.576 / 0.575 / 0.582 against 0.568 without (module README).
	 */
	public static final float DEFAULT_THEME_DISCRIMINATION = 3f;

	/** See {@link #themeDiscriminationFloor()}. */
	public static final float DEFAULT_THEME_DISCRIMINATION_FLOOR = 0.1f;

	/**
	 * See {@link #suggestedMemberWeight()}: on the English folds with 10 rows per label
	 * and 20 suggested members per theme, 0.25 / 0.5 / 1 gave R@1 0.591 / 0.607 / 0.600
	 * (module README).
	 */
	public static final float DEFAULT_SUGGESTED_MEMBER_WEIGHT = 0.5f;

	public MatchSettings {
		if (titleWeight < 0 || tagsWeight < 0) {
			throw new IllegalArgumentException("field weights must not be negative");
		}
	}

	/**
	 * The tuned defaults.
	 * @return the settings
	 */
	public static MatchSettings defaults() {
		return new MatchSettings(DEFAULT_MAX_TERMS_JA, DEFAULT_MAX_TERMS_EN, DEFAULT_MAX_TERMS_BI, DEFAULT_WEIGHT_JA,
				DEFAULT_WEIGHT_EN, DEFAULT_WEIGHT_BI, DEFAULT_TITLE_WEIGHT, DEFAULT_TAGS_WEIGHT, DEFAULT_CONTEXT_WEIGHT,
				DEFAULT_QUERY_TF_EXPONENT, DEFAULT_THEME_WEIGHT, DEFAULT_MEMBER_WEIGHT, DEFAULT_MEMBER_TOP_N,
				DEFAULT_MEMBER_DECAY, DEFAULT_MEMBER_CANDIDATES, DEFAULT_MEMBER_MAX_TERMS, DEFAULT_MAX_TEXT_LENGTH,
				DEFAULT_MAX_DOC_FREQ_RATIO, DEFAULT_BM25_K1, DEFAULT_BM25_B, DEFAULT_SYNONYM_WEIGHT_JA,
				DEFAULT_SYNONYM_WEIGHT_EN, DEFAULT_MAX_EXPANSIONS, DEFAULT_MAX_EXPANSION_SOURCE_TERMS,
				DEFAULT_PROBLEM_CANDIDATES, DEFAULT_PROBLEM_RETRIEVAL_TERMS, DEFAULT_HINT_THRESHOLD,
				DEFAULT_CLUSTER_THRESHOLD, DEFAULT_CLUSTER_NEIGHBOURS, DEFAULT_THEME_DISCRIMINATION,
				DEFAULT_THEME_DISCRIMINATION_FLOOR, DEFAULT_SUGGESTED_MEMBER_WEIGHT);
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
