package jp.kitakyushu.busters.search.query;

import java.util.Map;

import jp.kitakyushu.busters.search.InvalidQueryException;
import jp.kitakyushu.busters.search.index.IndexFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.util.BytesRef;

/**
 * The user query syntax: Lucene's simple syntax, which never fails on malformed input,
 * without fuzzy and proximity operators, with bounded prefixes, and with bigram matching
 * relaxed to a share of the bigrams (all bigrams of a long Japanese phrase rarely
 * co-occur).
 */
final class SafeQueryParser extends SimpleQueryParser {

	/**
	 * Shortest prefix before {@code *}: shorter ones expand to most of the dictionary.
	 */
	static final int MIN_PREFIX_LENGTH = 2;

	/** How many index terms a prefix may expand to (best by frequency). */
	static final int MAX_PREFIX_EXPANSIONS = 64;

	/** Share of a query's bigrams a document must contain in the bigram field. */
	static final float BIGRAM_MINIMUM_MATCH = 0.7f;

	private static final int FLAGS = AND_OPERATOR | NOT_OPERATOR | OR_OPERATOR | PHRASE_OPERATOR | PRECEDENCE_OPERATORS
			| ESCAPE_OPERATOR | WHITESPACE_OPERATOR | PREFIX_OPERATOR;

	SafeQueryParser(Map<String, Float> weights, BooleanClause.Occur defaultOperator) {
		super(IndexFields.indexAnalyzer(), weights, FLAGS);
		setDefaultOperator(defaultOperator);
	}

	@Override
	protected Query newDefaultQuery(String text) {
		BooleanQuery.Builder fields = new BooleanQuery.Builder();
		for (Map.Entry<String, Float> entry : this.weights.entrySet()) {
			Query query = isBigram(entry.getKey()) ? bigramQuery(entry.getKey(), text)
					: createBooleanQuery(entry.getKey(), text, getDefaultOperator());
			if (query != null) {
				fields.add(new BoostQuery(query, entry.getValue()), BooleanClause.Occur.SHOULD);
			}
		}
		return simplify(fields.build());
	}

	@Override
	protected Query newPrefixQuery(String text) {
		if (text.codePointCount(0, text.length()) < MIN_PREFIX_LENGTH) {
			throw new InvalidQueryException("WILDCARD",
					"A * needs at least " + MIN_PREFIX_LENGTH + " characters before it.");
		}
		BooleanQuery.Builder fields = new BooleanQuery.Builder();
		for (Map.Entry<String, Float> entry : this.weights.entrySet()) {
			if (isBigram(entry.getKey())) {
				continue;
			}
			BytesRef prefix = getAnalyzer().normalize(entry.getKey(), text);
			Query query = new PrefixQuery(new Term(entry.getKey(), prefix),
					new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_EXPANSIONS));
			fields.add(new BoostQuery(query, entry.getValue()), BooleanClause.Occur.SHOULD);
		}
		return simplify(fields.build());
	}

	private Query bigramQuery(String field, String text) {
		Query query = createBooleanQuery(field, text, BooleanClause.Occur.SHOULD);
		if (query instanceof BooleanQuery bigrams && bigrams.clauses().size() > 1) {
			BooleanQuery.Builder relaxed = new BooleanQuery.Builder();
			bigrams.clauses().forEach(relaxed::add);
			relaxed.setMinimumNumberShouldMatch((int) Math.ceil(bigrams.clauses().size() * BIGRAM_MINIMUM_MATCH));
			return relaxed.build();
		}
		return query;
	}

	private static boolean isBigram(String field) {
		return IndexFields.familyOf(field) == IndexFields.Family.BI;
	}

}
