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
	 * The doc value of a document's title and text.
	 * @param title the title, for its predicates
	 * @param titleWords the title's terms per family, as the index analysed them
	 * @param textWords the text's terms per family, as the index analysed them
	 * @return the encoded words
	 */
	static BytesRef encode(String title, Map<Family, Map<BytesRef, Integer>> titleWords,
			Map<Family, Map<BytesRef, Integer>> textWords) {
		Map<Part, Map<BytesRef, Integer>> parts = new EnumMap<>(Part.class);
		parts.put(Part.TITLE_JA, titleWords.getOrDefault(Family.JA, Map.of()));
		parts.put(Part.TITLE_EN, titleWords.getOrDefault(Family.EN, Map.of()));
		parts.put(Part.TEXT_JA, textWords.getOrDefault(Family.JA, Map.of()));
		parts.put(Part.TEXT_EN, textWords.getOrDefault(Family.EN, Map.of()));
		Map<BytesRef, Integer> predicates = new HashMap<>();
		if (!title.isEmpty()) {
			RecordedTokens.of(Analysis.get().predicates(), IndexFields.TITLE_PREDICATES, title)
				.counts()
				.keySet()
				.forEach((predicate) -> predicates.put(predicate, 1));
		}
		parts.put(Part.TITLE_PREDICATES, predicates);
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
