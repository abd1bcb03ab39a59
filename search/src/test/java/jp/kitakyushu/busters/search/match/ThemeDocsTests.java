package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import jp.kitakyushu.busters.search.index.IndexFields;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Theme documents found by id from the kept per-segment ids are those a search for the
 * ids finds, in the same order: over several segments, with deleted and re-added themes,
 * ids of other types and unknown ids, with and without a further filter.
 */
class ThemeDocsTests {

	@Test
	void findsWhatTheSearchForTheIdsFinds() throws IOException {
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
				for (int i = 0; i < 3000; i++) {
					writer.addDocument(doc("d" + i, (i % 10 == 3) ? "THEME" : "PROBLEM", i));
					if (i % 700 == 699) {
						writer.commit();
					}
				}
				// Deleted themes, and themes updated (deleted and added again) in a later
				// segment.
				for (int i = 3; i < 3000; i += 70) {
					writer.deleteDocuments(new Term(IndexFields.ID, "d" + i));
				}
				for (int i = 13; i < 3000; i += 90) {
					writer.updateDocument(new Term(IndexFields.ID, "d" + i), doc("d" + i, "THEME", i + 1));
				}
			}
			IndexReader.CacheKey key;
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(1);
				assertThat(reader.hasDeletions()).isTrue();
				IndexSearcher searcher = new IndexSearcher(reader);
				Random random = new Random(3);
				Query themes = new TermQuery(new Term(IndexFields.TYPE, "THEME"));
				Query evenThemes = new BooleanQuery.Builder().add(themes, Occur.FILTER)
					.add(new TermQuery(new Term("parity", "even")), Occur.FILTER)
					.build();
				for (int q = 0; q < 40; q++) {
					List<String> ids = new ArrayList<>();
					for (int n = 0, count = 1 + random.nextInt(300); n < count; n++) {
						// Themes, problems and ids no document has.
						ids.add("d" + random.nextInt(3300));
					}
					List<String> distinct = ids.stream().distinct().toList();
					for (Query filter : List.of(themes, evenThemes)) {
						for (int pass = 0; pass < 2; pass++) {
							assertThat(found(searcher, distinct, filter))
								.isEqualTo(searched(searcher, distinct, filter));
						}
					}
				}
				key = reader.leaves().get(0).reader().getCoreCacheHelper().getKey();
				assertThat(ThemeDocs.kept(key)).isTrue();
			}
			assertThat(ThemeDocs.kept(key)).isFalse();
		}
	}

	private static Document doc(String id, String type, int number) {
		Document doc = new Document();
		doc.add(new StringField(IndexFields.ID, id, Field.Store.NO));
		doc.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(id)));
		doc.add(new StringField(IndexFields.TYPE, type, Field.Store.NO));
		doc.add(new StringField("parity", (number % 2 == 0) ? "even" : "odd", Field.Store.NO));
		return doc;
	}

	private static List<String> found(IndexSearcher searcher, List<String> ids, Query filter) throws IOException {
		return ThemeDocs.of(searcher, ids, filter).stream().map((theme) -> theme.doc() + ":" + theme.id()).toList();
	}

	/** As theme matching found them before: a search for the ids, then their ids read. */
	private static List<String> searched(IndexSearcher searcher, List<String> ids, Query filter) throws IOException {
		Query query = new BooleanQuery.Builder()
			.add(new TermInSetQuery(IndexFields.ID, ids.stream().map(BytesRef::new).toList()), Occur.MUST)
			.add(filter, Occur.FILTER)
			.build();
		int[] docs = Arrays.stream(TopHits.of(searcher, query, ids.size())).mapToInt((hit) -> hit.doc).toArray();
		List<String> read = jp.kitakyushu.busters.search.index.DocValuesReader.ids(searcher.getIndexReader(), docs);
		List<String> result = new ArrayList<>();
		for (int i = 0; i < docs.length; i++) {
			result.add(docs[i] + ":" + read.get(i));
		}
		return result;
	}

}
