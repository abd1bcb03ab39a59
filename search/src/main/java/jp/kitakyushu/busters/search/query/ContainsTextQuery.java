package jp.kitakyushu.busters.search.query;

import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jp.kitakyushu.busters.search.index.IndexFields;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Matches documents whose stored title or text contains a piece of text, ignoring case,
 * the way a substring filter in the store would: any substring, not only whole words. It
 * reads stored fields, so it is checked last, only on documents the other filters let
 * through.
 */
final class ContainsTextQuery extends Query {

	/** Reading two stored fields costs far more than any index filter. */
	private static final float MATCH_COST = 1_000f;

	private static final Set<String> FIELDS = Set.of(IndexFields.TITLE, IndexFields.TEXT);

	private final String text;

	private final Pattern pattern;

	ContainsTextQuery(String text) {
		this.text = text;
		this.pattern = Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE);
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
		return new ConstantScoreWeight(this, boost) {

			@Override
			public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
				StoredFields stored = context.reader().storedFields();
				DocIdSetIterator all = DocIdSetIterator.all(context.reader().maxDoc());
				TwoPhaseIterator contains = new TwoPhaseIterator(all) {

					@Override
					public boolean matches() throws IOException {
						Document document = stored.document(this.approximation.docID(), FIELDS);
						return found(document.get(IndexFields.TITLE)) || found(document.get(IndexFields.TEXT));
					}

					@Override
					public float matchCost() {
						return MATCH_COST;
					}

				};
				return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, contains));
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return true;
			}

		};
	}

	private boolean found(String value) {
		return value != null && this.pattern.matcher(value).find();
	}

	@Override
	public void visit(QueryVisitor visitor) {
		visitor.visitLeaf(this);
	}

	@Override
	public String toString(String field) {
		return "contains(" + this.text + ")";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.text.equals(((ContainsTextQuery) other).text);
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), this.text);
	}

}
