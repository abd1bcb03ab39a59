package jp.kitakyushu.busters.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;

import jp.kitakyushu.busters.search.analysis.Analysis;
import jp.kitakyushu.busters.search.index.IndexFields.Family;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * A document's words (Japanese and English) in its title and text with their frequencies,
 * and its title's predicates, in one binary doc value written at index time: "same
 * problem" scoring reads them for each of its candidates, which from term vectors cost a
 * decompressed block per candidate (a fifth of a similar-problems query's time).
 */
public final class DocumentWords {

	/**
	 * The lists a document's value holds, in this order, each as the index's terms in
	 * term order (so they read back as term vectors did).
	 */
	public enum Part {

		/** Kuromoji terms of the title. */
		TITLE_JA,

		/** English terms of the title. */
		TITLE_EN,

		/** Kuromoji terms of the text. */
		TEXT_JA,

		/** English terms of the text. */
		TEXT_EN,

		/** The title's predicates ({@link Analysis#predicates()}), frequency 1 each. */
		TITLE_PREDICATES

	}

	private static final Part[] PARTS = Part.values();

	private final BytesRef[][] terms = new BytesRef[PARTS.length][];

	private final int[][] frequencies = new int[PARTS.length][];

	private DocumentWords() {
	}

	/**
	 * The doc value of a document's title and text, analysed as the index analyses them.
	 * @param title the title, possibly empty
	 * @param text the text, possibly empty
	 * @return the encoded words
	 */
	static BytesRef encode(String title, String text) {
		Map<Part, Map<BytesRef, Integer>> parts = new EnumMap<>(Part.class);
		parts.put(Part.TITLE_JA, count(IndexFields.TITLE, Family.JA, title));
		parts.put(Part.TITLE_EN, count(IndexFields.TITLE, Family.EN, title));
		parts.put(Part.TEXT_JA, count(IndexFields.TEXT, Family.JA, text));
		parts.put(Part.TEXT_EN, count(IndexFields.TEXT, Family.EN, text));
		Map<BytesRef, Integer> predicates = title.isEmpty() ? Map.of()
				: count(Analysis.get().predicates(), IndexFields.TITLE_PREDICATES, title);
		Map<BytesRef, Integer> once = new HashMap<>();
		predicates.keySet().forEach((predicate) -> once.put(predicate, 1));
		parts.put(Part.TITLE_PREDICATES, once);
		int size = 5 * PARTS.length;
		for (Map<BytesRef, Integer> words : parts.values()) {
			for (BytesRef word : words.keySet()) {
				size += word.length + 10;
			}
		}
		byte[] bytes = new byte[size];
		ByteArrayDataOutput out = new ByteArrayDataOutput(bytes);
		try {
			for (Part part : PARTS) {
				Map<BytesRef, Integer> words = parts.get(part);
				BytesRef[] sorted = words.keySet().toArray(new BytesRef[0]);
				Arrays.sort(sorted);
				out.writeVInt(sorted.length);
				for (BytesRef word : sorted) {
					out.writeVInt(word.length);
					out.writeBytes(word.bytes, word.offset, word.length);
					out.writeVInt(words.get(word));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new BytesRef(bytes, 0, out.getPosition());
	}

	private static Map<BytesRef, Integer> count(String field, Family family, String value) {
		if (value.isEmpty()) {
			return Map.of();
		}
		return count(IndexFields.indexAnalyzer(), IndexFields.analyzed(field, family), value);
	}

	/** Each term the analyzer makes of the value, with how often it makes it. */
	private static Map<BytesRef, Integer> count(Analyzer analyzer, String field, String value) {
		Map<BytesRef, Integer> counts = new HashMap<>();
		try (TokenStream stream = analyzer.tokenStream(field, value)) {
			TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				counts.merge(BytesRef.deepCopyOf(term.getBytesRef()), 1, Integer::sum);
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return counts;
	}

	/**
	 * Calls the consumer with each word of a part and its frequency, in term order.
	 * @param part which list
	 * @param consumer called once per word
	 */
	public void forEach(Part part, ObjIntConsumer<String> consumer) {
		BytesRef[] words = this.terms[part.ordinal()];
		int[] counts = this.frequencies[part.ordinal()];
		char[] chars = new char[16];
		for (int i = 0; i < words.length; i++) {
			BytesRef word = words[i];
			chars = ArrayUtil.grow(chars, word.length);
			int length = UnicodeUtil.UTF8toUTF16(word.bytes, word.offset, word.length, chars);
			consumer.accept(new String(chars, 0, length), counts[i]);
		}
	}

	/**
	 * Whether a part has no words.
	 * @param part which list
	 * @return whether it is empty
	 */
	public boolean isEmpty(Part part) {
		return this.terms[part.ordinal()].length == 0;
	}

	private static DocumentWords decode(BytesRef value) {
		DocumentWords words = new DocumentWords();
		ByteArrayDataInput in = new ByteArrayDataInput(value.bytes, value.offset, value.length);
		for (Part part : PARTS) {
			int count = in.readVInt();
			BytesRef[] terms = new BytesRef[count];
			int[] frequencies = new int[count];
			for (int i = 0; i < count; i++) {
				int length = in.readVInt();
				terms[i] = new BytesRef(value.bytes, value.offset + in.getPosition(), length);
				in.skipBytes(length);
				frequencies[i] = in.readVInt();
			}
			words.terms[part.ordinal()] = terms;
			words.frequencies[part.ordinal()] = frequencies;
		}
		return words;
	}

	private static DocumentWords empty() {
		DocumentWords words = new DocumentWords();
		for (Part part : PARTS) {
			words.terms[part.ordinal()] = new BytesRef[0];
			words.frequencies[part.ordinal()] = new int[0];
		}
		return words;
	}

	/**
	 * Reads the words of many documents of one reader, each leaf's doc values walked
	 * forward while the documents come in order.
	 */
	public static final class Reader {

		private final List<LeafReaderContext> leaves;

		private final List<BinaryDocValues> values;

		/**
		 * A reader over a top-level reader.
		 * @param reader the top-level reader
		 */
		public Reader(IndexReader reader) {
			this.leaves = reader.leaves();
			this.values = new ArrayList<>(this.leaves.size());
			for (int i = 0; i < this.leaves.size(); i++) {
				this.values.add(null);
			}
		}

		/**
		 * The words of a document; empty lists for a document indexed without them.
		 * @param doc a top-level doc id
		 * @return its words
		 * @throws IOException on index failure
		 */
		public DocumentWords of(int doc) throws IOException {
			int index = ReaderUtil.subIndex(doc, this.leaves);
			LeafReaderContext leaf = this.leaves.get(index);
			int target = doc - leaf.docBase;
			BinaryDocValues values = this.values.get(index);
			if (values == null || values.docID() >= target) {
				// Doc values only move forward: a document before the last one read
				// starts a new walk.
				values = DocValues.getBinary(leaf.reader(), IndexFields.WORDS);
				this.values.set(index, values);
			}
			if (!values.advanceExact(target)) {
				return empty();
			}
			// The value's bytes are only valid until the next read: the words keep a
			// copy.
			return decode(BytesRef.deepCopyOf(values.binaryValue()));
		}

	}

}
