package jp.kitakyushu.busters.search.match;

import java.io.IOException;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.OrdTermState;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One segment's packed lookups: absent terms remembered, states or statistics alone, a
 * field's term apart from the same bytes in another field, another codec's state kept as
 * it is, and the bound on entries held.
 */
class SegmentTermStatesTests {

	@Test
	void keepsAbsentTermsAndOtherCodecsStatesAndStaysUnderItsBound() throws IOException {
		try (Directory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			Document doc = new Document();
			doc.add(new TextField("text", "roof", Field.Store.NO));
			writer.addDocument(doc);
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				SegmentTermStates segment = new SegmentTermStates(100);
				TermKey roof = TermKey.of(new Term("text", "roof"));
				TermKey roofInTitle = TermKey.of(new Term("title", "roof"));
				assertThat(segment.register(roof, new TermStates(reader.getContext()), 0,
						SegmentTermStates.Wanted.STATE_AND_STATISTICS))
					.isEqualTo(SegmentTermStates.UNKNOWN);

				segment.keep(roof, null, 0, 0);
				assertThat(segment.register(roof, new TermStates(reader.getContext()), 0,
						SegmentTermStates.Wanted.STATE_AND_STATISTICS))
					.isEqualTo(SegmentTermStates.ABSENT);
				assertThat(segment.register(roofInTitle, new TermStates(reader.getContext()), 0,
						SegmentTermStates.Wanted.STATE_AND_STATISTICS))
					.isEqualTo(SegmentTermStates.UNKNOWN);

				OrdTermState other = new OrdTermState();
				other.ord = 42;
				segment.keep(roofInTitle, other, 3, 5);
				TermStates into = new TermStates(reader.getContext());
				assertThat(segment.register(roofInTitle, into, 0, SegmentTermStates.Wanted.STATE_AND_STATISTICS))
					.isEqualTo(SegmentTermStates.FOUND);
				assertThat(into.docFreq()).isEqualTo(3);
				assertThat(into.totalTermFreq()).isEqualTo(5);
				assertThat(into.get(reader.leaves().get(0)).get()).isSameAs(other);
				// Without statistics: the state alone.
				TermStates bare = new TermStates(reader.getContext());
				assertThat(segment.register(roofInTitle, bare, 0, SegmentTermStates.Wanted.STATE))
					.isEqualTo(SegmentTermStates.FOUND);
				assertThat(bare.docFreq()).isZero();
				// Statistics alone: no state.
				TermStates counted = new TermStates(reader.getContext());
				assertThat(segment.register(roofInTitle, counted, 0, SegmentTermStates.Wanted.STATISTICS))
					.isEqualTo(SegmentTermStates.FOUND);
				assertThat(counted.docFreq()).isEqualTo(3);
				assertThat(counted.totalTermFreq()).isEqualTo(5);
				assertThat(counted.get(reader.leaves().get(0))).isNull();

				for (int i = 0; i < 250; i++) {
					segment.keep(TermKey.of(new Term("text", "w" + i)), null, 0, 0);
					assertThat(segment.size()).isBetween(1, 100);
				}
				TermKey last = TermKey.of(new Term("text", "w249"));
				assertThat(segment.register(last, new TermStates(reader.getContext()), 0,
						SegmentTermStates.Wanted.STATE_AND_STATISTICS))
					.isEqualTo(SegmentTermStates.ABSENT);
			}
		}
	}

}
