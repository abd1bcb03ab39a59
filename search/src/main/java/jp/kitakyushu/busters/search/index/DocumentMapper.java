package jp.kitakyushu.busters.search.index;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.analysis.Analysis;
import jp.kitakyushu.busters.search.analysis.Places;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link SearchDocument} into Lucene fields: stored originals for results and
 * highlighting, three analyses of every text field, keywords with doc values for facets.
 */
final class DocumentMapper {

	/**
	 * Analysed fields keep offsets in their postings: the highlighter then reads match
	 * offsets instead of re-running Kuromoji over every hit, which keeps highlighting
	 * cheap.
	 */
	private static final FieldType ANALYZED = analyzedType();

	/** Context is never highlighted, so it keeps no offsets or positions. */
	private static final FieldType CONTEXT = contextType();

	/** A member mirror is only scored: terms, frequencies and norms like context. */
	private static final FieldType MEMBER = CONTEXT;

	private DocumentMapper() {
	}

	static Document toDocument(SearchDocument source) {
		Document doc = new Document();
		doc.add(new StringField(IndexFields.ID, source.id(), Field.Store.YES));
		// Doc values too: matching reads the ids of hundreds of hits without stored
		// fields.
		doc.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(source.id())));
		keyword(doc, IndexFields.TYPE, source.type().name());
		keyword(doc, IndexFields.CATEGORY, source.category());
		keyword(doc, IndexFields.WARD, source.ward());
		keyword(doc, IndexFields.STATUS, source.status());
		long updatedAt = source.updatedAt().toEpochMilli();
		doc.add(new LongPoint(IndexFields.UPDATED_AT, updatedAt));
		doc.add(new NumericDocValuesField(IndexFields.UPDATED_AT, updatedAt));
		doc.add(new StoredField(IndexFields.UPDATED_AT, updatedAt));
		source.numbers().forEach((name, value) -> {
			doc.add(new LongPoint(IndexFields.number(name), value));
			doc.add(new NumericDocValuesField(IndexFields.number(name), value));
		});
		source.sortKeys().forEach((name, value) -> {
			doc.add(new SortedDocValuesField(IndexFields.sortKey(name), new BytesRef(value)));
			long[] parts = ShortKeys.parts(value);
			for (int part = 0; part < parts.length; part++) {
				doc.add(new NumericDocValuesField(IndexFields.sortKeyPart(name, part), parts[part]));
			}
		});
		// Only problems are theme members: a proposal also names its theme, but proposals
		// are confidential and must not steer what other companies are shown.
		// A problem matching suggested for a theme is a member too, counted at its own
		// weight (SearchDocument.SUGGESTED_THEME_ID).
		boolean member = source.type() == DocumentType.PROBLEM && (!source.attribute(SearchDocument.THEME_ID).isEmpty()
				|| !source.attribute(SearchDocument.SUGGESTED_THEME_ID).isEmpty());
		// Themes have the mirrors too: the mirrors' statistics are then the curated
		// documents', which theme matching weighs words with.
		boolean mirrored = member || source.type() == DocumentType.THEME;
		Map<IndexFields.Family, Map<BytesRef, Integer>> titleWords = text(doc, IndexFields.TITLE, source.title(),
				mirrored);
		Map<IndexFields.Family, Map<BytesRef, Integer>> textWords = text(doc, IndexFields.TEXT, source.text(),
				mirrored);
		// "Same problem" scoring compares a candidate's whole vocabulary with the
		// source's, and clusters name their top terms, without analysing stored text
		// again.
		if (!source.title().isEmpty() || !source.text().isEmpty()) {
			doc.add(new BinaryDocValuesField(IndexFields.WORDS,
					DocumentWords.encode(source.title(), titleWords, textWords)));
		}
		if (!source.title().isEmpty()) {
			for (String defect : Analysis.get().titleDefects(source.title())) {
				doc.add(new StringField(IndexFields.TITLE_DEFECTS, defect, Field.Store.NO));
				doc.add(new SortedSetDocValuesField(IndexFields.TITLE_DEFECTS, new BytesRef(defect)));
			}
		}
		for (Places.Place place : Places.get().find(source.title() + "\n" + source.text())) {
			doc.add(new StringField(IndexFields.PLACE, place.name(), Field.Store.NO));
			doc.add(new SortedSetDocValuesField(IndexFields.PLACE, new BytesRef(place.name())));
		}
		for (String tag : source.tags()) {
			tags(doc, tag, mirrored);
			doc.add(new StringField(IndexFields.TAG, tag, Field.Store.NO));
		}
		if (member) {
			doc.add(new StringField(IndexFields.THEME_MEMBER, "true", Field.Store.NO));
		}
		for (String context : source.context()) {
			for (IndexFields.Family family : IndexFields.Family.values()) {
				doc.add(new Field(IndexFields.analyzed(IndexFields.CONTEXT, family), context, CONTEXT));
				if (mirrored) {
					doc.add(new Field(IndexFields.member(IndexFields.analyzed(IndexFields.CONTEXT, family)), context,
							MEMBER));
				}
			}
		}
		for (Map.Entry<String, Set<String>> attribute : source.attributes().entrySet()) {
			String field = IndexFields.attribute(attribute.getKey());
			for (String value : attribute.getValue()) {
				doc.add(new StringField(field, value, Field.Store.NO));
				// Doc values let matching read a hit's links (its theme) without stored
				// fields.
				doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
			}
			if (!attribute.getValue().isEmpty()) {
				doc.add(new StringField(IndexFields.HAS_ATTRIBUTE, attribute.getKey(), Field.Store.NO));
			}
		}
		return doc;
	}

	private static void keyword(Document doc, String field, @Nullable String value) {
		if (value == null || value.isEmpty()) {
			return;
		}
		doc.add(new StringField(field, value, Field.Store.YES));
		doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
	}

	/**
	 * A title or text: stored, and analysed once per family for its field and its mirror
	 * alike.
	 * @return each family's terms with their frequencies
	 */
	private static Map<IndexFields.Family, Map<BytesRef, Integer>> text(Document doc, String field, String value,
			boolean mirrored) {
		Map<IndexFields.Family, Map<BytesRef, Integer>> words = new EnumMap<>(IndexFields.Family.class);
		if (value.isEmpty()) {
			return words;
		}
		doc.add(new StoredField(field, value));
		for (IndexFields.Family family : IndexFields.Family.values()) {
			String name = IndexFields.analyzed(field, family);
			RecordedTokens tokens = RecordedTokens.of(IndexFields.indexAnalyzer(), name, value);
			words.put(family, tokens.counts());
			doc.add(new Field(name, tokens.replay(), ANALYZED));
			if (mirrored) {
				// The same tokens, so its lengths (norms) are the field's own.
				doc.add(new Field(IndexFields.member(name), tokens.replay(), MEMBER));
			}
		}
		return words;
	}

	private static void tags(Document doc, String value, boolean mirrored) {
		if (value.isEmpty()) {
			return;
		}
		doc.add(new StoredField(IndexFields.TAGS, value));
		for (IndexFields.Family family : IndexFields.Family.values()) {
			doc.add(new Field(IndexFields.analyzed(IndexFields.TAGS, family), value, ANALYZED));
			if (mirrored) {
				// Analysed alike, so its lengths (norms) are the field's own.
				doc.add(new Field(IndexFields.member(IndexFields.analyzed(IndexFields.TAGS, family)), value, MEMBER));
			}
		}
	}

	private static FieldType contextType() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		type.freeze();
		return type;
	}

	private static FieldType analyzedType() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

}
