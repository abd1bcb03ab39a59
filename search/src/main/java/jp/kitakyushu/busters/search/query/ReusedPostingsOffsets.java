package jp.kitakyushu.busters.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
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
 * which was a third of the bytes a similar-problems match allocated. Each term is looked
 * up in the term dictionary once per segment and field for all the documents a
 * highlighter highlights (its state kept, or that the segment lacks it), instead of once
 * per document: the lookups were a tenth of a search's time.
 */
final class ReusedPostingsOffsets extends PostingsOffsetStrategy {

	private final FieldPostings field;

	/**
	 * A strategy that takes its enumerations and term lookups from those of one field.
	 * @param components what to highlight in the field
	 * @param field the field's enumerations and lookups; only one document of the field
	 * is highlighted at a time, so an enumeration is free again when the next document's
	 * offsets are asked for
	 */
	ReusedPostingsOffsets(UHComponents components, FieldPostings field) {
		super(components);
		this.field = field;
	}

	@Override
	protected void createOffsetsEnumsForTerms(BytesRef[] sourceTerms, Terms termsIndex, int doc,
			List<OffsetsEnum> results) throws IOException {
		SegmentLookups lookups = this.field.lookups(termsIndex);
		List<PostingsEnum> pool = this.field.pool;
		int used = 0;
		for (BytesRef term : sourceTerms) {
			if (!lookups.seekExact(term)) {
				continue;
			}
			PostingsEnum reuse = (used < pool.size()) ? pool.get(used) : null;
			PostingsEnum postings = lookups.termsEnum.postings(reuse, PostingsEnum.OFFSETS);
			if (postings == null) {
				throw new IllegalArgumentException(
						"field '" + getField() + "' was indexed without offsets, cannot highlight");
			}
			if (used < pool.size()) {
				pool.set(used, postings);
			}
			else {
				pool.add(postings);
			}
			// An enumeration not positioned on the document is free for the next term.
			if (postings.advance(doc) == doc) {
				results.add(new OffsetsEnum.OfPostings(term, postings));
				used++;
			}
		}
	}

	/**
	 * One analysed field's postings enumerations, the i-th for the i-th term a document
	 * has, and its terms' lookups per segment, kept by one highlighter across documents
	 * and queries.
	 */
	static final class FieldPostings {

		private final List<PostingsEnum> pool = new ArrayList<>();

		private final Map<Terms, SegmentLookups> segments = new IdentityHashMap<>();

		private SegmentLookups lookups(Terms terms) throws IOException {
			SegmentLookups lookups = this.segments.get(terms);
			if (lookups == null) {
				lookups = new SegmentLookups(terms.iterator());
				this.segments.put(terms, lookups);
			}
			return lookups;
		}

	}

	/**
	 * One segment's terms enumeration of a field, and the states of terms sought in it.
	 */
	private static final class SegmentLookups {

		/** Kept for a term the segment's field does not have. */
		private static final TermState ABSENT = new TermState() {

			@Override
			public void copyFrom(TermState other) {
				throw new UnsupportedOperationException();
			}

		};

		private final TermsEnum termsEnum;

		private final Map<BytesRef, TermState> states = new HashMap<>();

		SegmentLookups(TermsEnum termsEnum) {
			this.termsEnum = termsEnum;
		}

		/**
		 * Positions the enumeration on the term, as {@link TermsEnum#seekExact(BytesRef)}
		 * would, from the term's state once it has been sought.
		 */
		boolean seekExact(BytesRef term) throws IOException {
			TermState state = this.states.get(term);
			if (state == null) {
				boolean found = this.termsEnum.seekExact(term);
				this.states.put(BytesRef.deepCopyOf(term), found ? this.termsEnum.termState() : ABSENT);
				return found;
			}
			if (state == ABSENT) {
				return false;
			}
			this.termsEnum.seekExact(term, state);
			return true;
		}

	}

}
