package jp.kitakyushu.busters.search.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.TestDocuments;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DocValuesReaderIntegrationTests {

	@TempDir
	Path directory;

	@Test
	void readsManyHitsInTheOrderAskedAcrossSegments() {
		try (SearchIndex index = SearchIndex.open(SearchIndexConfig.of(this.directory, "test"), IndexSource.empty())) {
			// One refresh per document: three segments, so the reader moves between them.
			index.awaitSearchable(index.upsert(problem("a", "門司区")));
			index.refreshNow();
			index.awaitSearchable(index.upsert(problem("b", "八幡東区")));
			index.refreshNow();
			index.awaitSearchable(index.upsert(SearchDocument.builder("c", DocumentType.PROBLEM, TestDocuments.BASE)
				.title("街灯")
				.text("街灯が消えている")
				.build()));
			index.refreshNow();
			index.withSearcher((searcher) -> {
				IndexReader reader = searcher.getIndexReader();
				assertThat(reader.leaves()).hasSizeGreaterThan(1);
				int[] docs = { doc(searcher, "c"), doc(searcher, "a"), doc(searcher, "b") };
				assertThat(DocValuesReader.ids(reader, docs)).containsExactly("c", "a", "b");
				List<List<String>> wards = DocValuesReader.keywords(reader, docs, IndexFields.WARD);
				assertThat(wards).containsExactly(List.of(), List.of("門司区"), List.of("八幡東区"));
				List<List<String>> oneByOne = new ArrayList<>();
				for (int doc : docs) {
					oneByOne.add(DocValuesReader.keywords(reader, doc, IndexFields.WARD));
				}
				assertThat(wards).isEqualTo(oneByOne);
				return null;
			});
		}
	}

	private static SearchDocument problem(String id, String ward) {
		return SearchDocument.builder(id, DocumentType.PROBLEM, TestDocuments.BASE)
			.title("段差")
			.text("歩道の段差")
			.ward(ward)
			.build();
	}

	private static int doc(IndexSearcher searcher, String id) throws java.io.IOException {
		return searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1).scoreDocs[0].doc;
	}

}
