package jp.kitakyushu.busters.search.index;

import java.io.IOException;
import java.util.ArrayList;
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
		SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
		List<String> result = new ArrayList<>();
		if (values.advanceExact(doc - leaf.docBase)) {
			for (int i = 0; i < values.docValueCount(); i++) {
				result.add(values.lookupOrd(values.nextOrd()).utf8ToString());
			}
		}
		return result;
	}

}
