package jp.kitakyushu.busters.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;

/**
 * The tokens of one analysis of a text, kept so that the index reads them as often as it
 * needs (the field, a theme member's mirror) and {@link DocumentWords} counts them, while
 * Kuromoji runs once: analysis is most of the cost of indexing a document.
 */
final class RecordedTokens {

	private final AttributeSource attributes;

	private final List<AttributeSource.State> tokens;

	private final AttributeSource.State end;

	private final Map<BytesRef, Integer> counts;

	private RecordedTokens(AttributeSource attributes, List<AttributeSource.State> tokens, AttributeSource.State end,
			Map<BytesRef, Integer> counts) {
		this.attributes = attributes;
		this.tokens = tokens;
		this.end = end;
		this.counts = counts;
	}

	/**
	 * Analyses a text once.
	 * @param analyzer the analyzer
	 * @param field the field name the analyzer is given
	 * @param value the text
	 * @return its tokens
	 */
	static RecordedTokens of(Analyzer analyzer, String field, String value) {
		try (TokenStream stream = analyzer.tokenStream(field, value)) {
			TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
			stream.reset();
			List<AttributeSource.State> tokens = new ArrayList<>();
			Map<BytesRef, Integer> counts = new HashMap<>();
			while (stream.incrementToken()) {
				tokens.add(stream.captureState());
				counts.merge(BytesRef.deepCopyOf(term.getBytesRef()), 1, Integer::sum);
			}
			stream.end();
			AttributeSource.State end = stream.captureState();
			// Attributes of their own: the analyzer's are reused by its next text.
			return new RecordedTokens(stream.cloneAttributes(), tokens, end, counts);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Each term with how often the analysis made it, as term vectors would count it.
	 * @return the counts
	 */
	Map<BytesRef, Integer> counts() {
		return this.counts;
	}

	/**
	 * The tokens again, for one field; a document's fields are inverted one after the
	 * other, so replays may share attributes.
	 * @return a token stream
	 */
	TokenStream replay() {
		return new Replay(this);
	}

	private static final class Replay extends TokenStream {

		private final RecordedTokens recorded;

		private int next;

		Replay(RecordedTokens recorded) {
			super(recorded.attributes);
			this.recorded = recorded;
		}

		@Override
		public boolean incrementToken() {
			if (this.next >= this.recorded.tokens.size()) {
				return false;
			}
			restoreState(this.recorded.tokens.get(this.next++));
			return true;
		}

		@Override
		public void end() throws IOException {
			super.end();
			restoreState(this.recorded.end);
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.next = 0;
		}

	}

}
