package jp.kitakyushu.busters.search.query;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;

/**
 * Offsets of a field's terms read from its postings, as the stock strategy reads them,
 * but with postings enumerations reused from one highlighted document to the next: the
 * stock strategy allocates one per term and document (buffers of a few kilobytes each),
 * which was a third of the bytes a similar-problems match allocated.
 */
final class ReusedPostingsOffsets extends PostingsOffsetStrategy {

	private final List<PostingsEnum> pool;

	/**
	 * A strategy that takes its enumerations from a pool of one field.
	 * @param components what to highlight in the field
	 * @param pool the field's enumerations, the i-th for the i-th term a document has;
	 * only one document of the field is highlighted at a time, so an enumeration is free
	 * again when the next document's offsets are asked for
	 */
	ReusedPostingsOffsets(UHComponents components, List<PostingsEnum> pool) {
		super(components);
		this.pool = pool;
	}

	@Override
	protected void createOffsetsEnumsForTerms(BytesRef[] sourceTerms, Terms termsIndex, int doc,
			List<OffsetsEnum> results) throws IOException {
		TermsEnum termsEnum = termsIndex.iterator();
		int used = 0;
		for (BytesRef term : sourceTerms) {
			if (!termsEnum.seekExact(term)) {
				continue;
			}
			PostingsEnum reuse = (used < this.pool.size()) ? this.pool.get(used) : null;
			PostingsEnum postings = termsEnum.postings(reuse, PostingsEnum.OFFSETS);
			if (postings == null) {
				throw new IllegalArgumentException(
						"field '" + getField() + "' was indexed without offsets, cannot highlight");
			}
			if (used < this.pool.size()) {
				this.pool.set(used, postings);
			}
			else {
				this.pool.add(postings);
			}
			// An enumeration not positioned on the document is free for the next term.
			if (postings.advance(doc) == doc) {
				results.add(new OffsetsEnum.OfPostings(term, postings));
				used++;
			}
		}
	}

}
