package jp.kitakyushu.busters.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * Reads keyword doc values of top-level doc ids: ids and attribute links of many hits,
 * far cheaper than loading their stored fields.
 */
public final class DocValuesReader {

	private DocValuesReader() {
	}

	/**
	 * The document id of a hit.
	 * @param reader the top-level reader
	 * @param doc a top-level doc id
	 * @return the document's id
	 * @throws IOException on index failure
	 */
	public static String id(IndexReader reader, int doc) throws IOException {
		LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
		SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexFields.ID);
		if (!ids.advanceExact(doc - leaf.docBase)) {
			throw new IllegalStateException("document without id: " + doc);
		}
		return ids.lookupOrd(ids.ordValue()).utf8ToString();
	}

	/**
	 * When the entity of a hit last changed, as the index holds it: what a copy of the
	 * entity read earlier is compared with to know it is still that change.
	 * @param reader the top-level reader
	 * @param doc a top-level doc id
	 * @return epoch milliseconds
	 * @throws IOException on index failure
	 */
	public static long changedAt(IndexReader reader, int doc) throws IOException {
		LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
		NumericDocValues changed = DocValues.getNumeric(leaf.reader(), IndexFields.UPDATED_AT);
		if (!changed.advanceExact(doc - leaf.docBase)) {
			throw new IllegalStateException("document without a change time: " + doc);
		}
		return changed.longValue();
	}

	/**
	 * The values of an attribute of a hit.
	 * @param reader the top-level reader
	 * @param doc a top-level doc id
	 * @param attribute attribute name
	 * @return its values, empty if none
	 * @throws IOException on index failure
	 */
	public static List<String> attribute(IndexReader reader, int doc, String attribute) throws IOException {
		return keywords(reader, doc, IndexFields.attribute(attribute));
	}

	/**
	 * The values of a keyword field with sorted-set doc values, e.g.
	 * {@link IndexFields#WARD} or {@link IndexFields#PLACE}.
	 * @param reader the top-level reader
	 * @param doc a top-level doc id
	 * @param field the field
	 * @return its values, empty if none
	 * @throws IOException on index failure
	 */
	public static List<String> keywords(IndexReader reader, int doc, String field) throws IOException {
		LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
		return keywordsOf(DocValues.getSortedSet(leaf.reader(), field), doc - leaf.docBase);
	}

	/**
	 * The values of a keyword field for many hits, reading each segment's doc values once
	 * in doc id order: opening a field's doc values per hit costs a terms dictionary each
	 * time, which showed in a profile of matching.
	 * @param reader the top-level reader
	 * @param docs top-level doc ids, in any order
	 * @param field a keyword field with sorted-set doc values
	 * @return each hit's values (empty if none), in {@code docs} order
	 * @throws IOException on index failure
	 */
	public static List<List<String>> keywords(IndexReader reader, int[] docs, String field) throws IOException {
		List<List<String>> result = new ArrayList<>(Collections.nCopies(docs.length, List.<String>of()));
		List<LeafReaderContext> leaves = reader.leaves();
		SortedSetDocValues values = null;
		int leafIndex = -1;
		for (int i : inDocOrder(docs)) {
			int at = ReaderUtil.subIndex(docs[i], leaves);
			if (at != leafIndex) {
				leafIndex = at;
				values = DocValues.getSortedSet(leaves.get(at).reader(), field);
			}
			result.set(i, keywordsOf(values, docs[i] - leaves.get(at).docBase));
		}
		return result;
	}

	/**
	 * The document ids of many hits, reading each segment's doc values once in doc id
	 * order.
	 * @param reader the top-level reader
	 * @param docs top-level doc ids, in any order
	 * @return the documents' ids, in {@code docs} order
	 * @throws IOException on index failure
	 */
	public static List<String> ids(IndexReader reader, int[] docs) throws IOException {
		String[] result = new String[docs.length];
		List<LeafReaderContext> leaves = reader.leaves();
		SortedDocValues ids = null;
		int leafIndex = -1;
		for (int i : inDocOrder(docs)) {
			int at = ReaderUtil.subIndex(docs[i], leaves);
			if (at != leafIndex) {
				leafIndex = at;
				ids = DocValues.getSorted(leaves.get(at).reader(), IndexFields.ID);
			}
			if (!ids.advanceExact(docs[i] - leaves.get(at).docBase)) {
				throw new IllegalStateException("document without id: " + docs[i]);
			}
			result[i] = ids.lookupOrd(ids.ordValue()).utf8ToString();
		}
		return Arrays.asList(result);
	}

	/**
	 * Positions in {@code docs} by increasing doc id (hits are distinct documents): doc
	 * values are read forwards only.
	 */
	private static int[] inDocOrder(int[] docs) {
		Integer[] order = new Integer[docs.length];
		Arrays.setAll(order, (i) -> i);
		Arrays.sort(order, Comparator.comparingInt((Integer i) -> docs[i]));
		return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
	}

	private static List<String> keywordsOf(SortedSetDocValues values, int leafDoc) throws IOException {
		List<String> result = new ArrayList<>();
		if (values.advanceExact(leafDoc)) {
			for (int i = 0; i < values.docValueCount(); i++) {
				result.add(values.lookupOrd(values.nextOrd()).utf8ToString());
			}
		}
		return result;
	}

}
