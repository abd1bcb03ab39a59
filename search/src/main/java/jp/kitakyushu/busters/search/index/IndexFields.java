package jp.kitakyushu.busters.search.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.search.analysis.Analysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.jspecify.annotations.Nullable;

/**
 * Names of the index fields, shared by the library's query and matching packages (not
 * meant for the api, which only sees {@code SearchDocument} and results).
 */
public final class IndexFields {

	/** Opaque id, stored and indexed as a keyword. */
	public static final String ID = "id";

	/** Document type keyword, with doc values for facets. */
	public static final String TYPE = "type";

	/** Category keyword, with doc values for facets. */
	public static final String CATEGORY = "category";

	/** Ward keyword, with doc values for facets. */
	public static final String WARD = "ward";

	/** Status keyword, with doc values for facets. */
	public static final String STATUS = "status";

	/**
	 * The places of the city a document names (canonical names from
	 * {@link jp.kitakyushu.busters.search.analysis.Places}), with doc values: "the same
	 * problem" is the same place too.
	 */
	public static final String PLACE = "place";

	/**
	 * The field name the title's predicates ({@link Analysis#predicates()}) are analysed
	 * under: a problem's defect in short, kept in {@link #WORDS}.
	 */
	public static final String TITLE_PREDICATES = "title_pred";

	/**
	 * A document's words with their frequencies and its title's predicates
	 * ({@link DocumentWords}), as binary doc values.
	 */
	public static final String WORDS = "words";

	/**
	 * What a title says is wrong ({@link Analysis#titleDefects(String)}), as keywords
	 * with doc values.
	 */
	public static final String TITLE_DEFECTS = "title_defect";

	/** Tag keywords, for filtering. */
	public static final String TAG = "tag";

	/** Last change, as epoch milliseconds (points, doc values and stored). */
	public static final String UPDATED_AT = "updatedAt";

	/** Names of the attributes a document has, for "has attribute" filters. */
	public static final String HAS_ATTRIBUTE = "hasAttribute";

	/**
	 * Marks a problem linked to a theme: theme matching scores these members, and one
	 * selective filter is far cheaper to lead a search with than type and attribute
	 * filters.
	 */
	public static final String THEME_MEMBER = "themeMember";

	/** Stored title; highlighted through its analyzed fields. */
	public static final String TITLE = "title";

	/** Stored text; highlighted through its analyzed fields. */
	public static final String TEXT = "text";

	/** Stored tags; searched through their analyzed fields. */
	public static final String TAGS = "tags";

	/** Supporting text for matching only: analysed, neither stored nor searched. */
	public static final String CONTEXT = "context";

	/** The stored fields that carry free text, each analysed once per {@link Family}. */
	public static final List<String> TEXT_FIELDS = List.of(TITLE, TEXT, TAGS);

	/** Every free-text field, each analysed once per {@link Family}. */
	public static final List<String> ANALYZED_FIELDS = List.of(TITLE, TEXT, TAGS, CONTEXT);

	/** The keyword fields facets are counted on. */
	public static final List<String> FACET_FIELDS = List.of(TYPE, CATEGORY, WARD, STATUS);

	private static final String ATTRIBUTE_PREFIX = "attr.";

	private static final String MEMBER_PREFIX = "member.";

	private static final String NUMBER_PREFIX = "num.";

	private static final String SORT_KEY_PREFIX = "key.";

	private static final Analyzer INDEX_ANALYZER = buildIndexAnalyzer();

	private IndexFields() {
	}

	/**
	 * The keyword field of a filter attribute.
	 * @param name attribute name
	 * @return the field name
	 */
	public static String attribute(String name) {
		return ATTRIBUTE_PREFIX + name;
	}

	/**
	 * The field of a document's number (points for ranges, doc values for sorting).
	 * @param name the number's name
	 * @return the field name
	 */
	public static String number(String name) {
		return NUMBER_PREFIX + name;
	}

	/**
	 * The field of a document's sort key (sorted doc values).
	 * @param name the key's name
	 * @return the field name
	 */
	public static String sortKey(String name) {
		return SORT_KEY_PREFIX + name;
	}

	/**
	 * The field of one of a sort key's numbers ({@link ShortKeys}, numeric doc values).
	 * @param name the key's name
	 * @param part which of its numbers, from 0
	 * @return the field name
	 */
	public static String sortKeyPart(String name, int part) {
		return SORT_KEY_PREFIX + name + "#" + part;
	}

	/**
	 * The field holding one analysis of a text field.
	 * @param textField one of {@link #TEXT_FIELDS}
	 * @param family the analysis
	 * @return the field name, e.g. {@code text_ja}
	 */
	public static String analyzed(String textField, Family family) {
		return textField + "_" + family.suffix;
	}

	/**
	 * The mirror of an analysed field that only theme members and themes have: the same
	 * terms, frequencies and norms, so theme matching scores members by walking the
	 * postings of the few linked problems instead of every document's, filtered, and
	 * weighs words with the statistics of the curated documents alone.
	 * @param analyzedField an analysed field, e.g. {@code text_ja}
	 * @return its members' mirror, e.g. {@code member.text_ja}
	 */
	public static String member(String analyzedField) {
		return MEMBER_PREFIX + analyzedField;
	}

	/**
	 * The analysed field a member mirror copies.
	 * @param field a field name
	 * @return the analysed field, or {@code null} when the field is no mirror
	 */
	public static @Nullable String mirrored(String field) {
		return field.startsWith(MEMBER_PREFIX) ? field.substring(MEMBER_PREFIX.length()) : null;
	}

	/**
	 * The analysis family of an analysed field.
	 * @param field a field name
	 * @return its family, or {@code null} for a field that is not analysed
	 */
	public static @Nullable Family familyOf(String field) {
		for (Family family : Family.values()) {
			if (field.endsWith("_" + family.suffix)
					&& TEXT_FIELDS.contains(field.substring(0, field.lastIndexOf('_')))) {
				return family;
			}
		}
		return null;
	}

	/**
	 * The analyzer for every field, used by the writer and by highlighting.
	 * @return the per-field analyzer
	 */
	public static Analyzer indexAnalyzer() {
		return INDEX_ANALYZER;
	}

	private static Analyzer buildIndexAnalyzer() {
		Map<String, Analyzer> perField = new HashMap<>();
		for (String field : ANALYZED_FIELDS) {
			for (Family family : Family.values()) {
				perField.put(analyzed(field, family), family.analyzer());
				perField.put(member(analyzed(field, family)), family.analyzer());
			}
		}
		perField.put(TITLE_PREDICATES, Analysis.get().predicates());
		return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
	}

	/**
	 * The three analyses every text field is indexed with.
	 */
	public enum Family {

		/** Kuromoji morphology of the Japanese words. */
		JA("ja"),

		/** English words, stemmed. */
		EN("en"),

		/** CJK character bigrams. */
		BI("bi");

		private final String suffix;

		Family(String suffix) {
			this.suffix = suffix;
		}

		/**
		 * The analyzer of a match's source text in this family: the index analysis plus
		 * dictionary synonyms, typed {@link Analysis#EXPANSION_TYPE}.
		 * @return the analyzer
		 */
		public Analyzer queryAnalyzer() {
			Analysis analysis = Analysis.get();
			return switch (this) {
				case JA -> analysis.japaneseQuery();
				case EN -> analysis.englishQuery();
				case BI -> analysis.bigram();
			};
		}

		/**
		 * The analyzer of this family.
		 * @return the analyzer
		 */
		public Analyzer analyzer() {
			Analysis analysis = Analysis.get();
			return switch (this) {
				case JA -> analysis.japanese();
				case EN -> analysis.english();
				case BI -> analysis.bigram();
			};
		}

	}

}
