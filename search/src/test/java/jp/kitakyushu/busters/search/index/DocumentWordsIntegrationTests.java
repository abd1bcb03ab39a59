package jp.kitakyushu.busters.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.TestDocuments;
import jp.kitakyushu.busters.search.analysis.Analysis;
import jp.kitakyushu.busters.search.index.DocumentWords.Part;
import jp.kitakyushu.busters.search.index.IndexFields.Family;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document's words doc value holds what its term vectors held: each analysed title and
 * text field's terms in term order with their frequencies in the document, and its
 * title's predicates.
 */
class DocumentWordsIntegrationTests {

	private static final String[][] PROBLEMS = {
			{ "roof", "志井のバス停に屋根がない", "バス停に屋根がなく、雨の日はバスを待つ間に濡れます。The bus stop has no roof, no roof at all." },
			{ "light", "公園の照明が暗い", "夜の公園が暗くて歩くのが怖いです。照明を増やしてください。" },
			{ "english", "Broken street lights", "The street lights on the river path are broken." } };

	@TempDir
	Path directory;

	@Test
	void theWordsAreTheIndexedTermsWithTheirFrequenciesInTermOrder() throws IOException {
		try (SearchIndex index = SearchIndex.open(SearchIndexConfig.of(this.directory, "test"), IndexSource.empty())) {
			for (int i = 0; i < PROBLEMS.length; i++) {
				index.upsert(TestDocuments.problem(PROBLEMS[i][0], PROBLEMS[i][1], PROBLEMS[i][2], i + 1));
			}
			index.refreshNow();
			index.withSearcher((searcher) -> {
				IndexReader reader = searcher.getIndexReader();
				DocumentWords.Reader words = new DocumentWords.Reader(reader);
				// Backwards, so the reader has to start its walk again.
				for (int i = PROBLEMS.length - 1; i >= 0; i--) {
					int doc = searcher.search(new TermQuery(new Term(IndexFields.ID, PROBLEMS[i][0])),
							1).scoreDocs[0].doc;
					DocumentWords read = words.of(doc);
					assertThat(listed(read, Part.TITLE_JA))
						.isEqualTo(indexed(reader, doc, IndexFields.TITLE, Family.JA));
					assertThat(listed(read, Part.TITLE_EN))
						.isEqualTo(indexed(reader, doc, IndexFields.TITLE, Family.EN));
					assertThat(listed(read, Part.TEXT_JA)).isEqualTo(indexed(reader, doc, IndexFields.TEXT, Family.JA));
					assertThat(listed(read, Part.TEXT_EN)).isEqualTo(indexed(reader, doc, IndexFields.TEXT, Family.EN));
					assertThat(listed(read, Part.TITLE_PREDICATES).keySet())
						.containsExactlyInAnyOrderElementsOf(predicates(PROBLEMS[i][1]));
				}
				Map<String, Integer> roofText = listed(
						words.of(searcher.search(new TermQuery(new Term(IndexFields.ID, "roof")), 1).scoreDocs[0].doc),
						Part.TEXT_EN);
				// "roof" twice, whatever the domain synonyms fold it to.
				assertThat(roofText).containsValue(2);
				return null;
			});
		}
	}

	private static Map<String, Integer> listed(DocumentWords words, Part part) {
		Map<String, Integer> listed = new LinkedHashMap<>();
		words.forEach(part, listed::put);
		return listed;
	}

	/** The document's terms in the analysed field, read from the postings. */
	private static Map<String, Integer> indexed(IndexReader reader, int doc, String field, Family family)
			throws IOException {
		Map<String, Integer> terms = new LinkedHashMap<>();
		LeafReaderContext context = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
		LeafReader leaf = context.reader();
		int target = doc - context.docBase;
		Terms all = leaf.terms(IndexFields.analyzed(field, family));
		if (all == null) {
			return terms;
		}
		TermsEnum iterator = all.iterator();
		PostingsEnum postings = null;
		BytesRef term;
		while ((term = iterator.next()) != null) {
			postings = iterator.postings(postings, PostingsEnum.FREQS);
			if (postings.advance(target) == target) {
				terms.put(term.utf8ToString(), postings.freq());
			}
		}
		return terms;
	}

	private static List<String> predicates(String title) throws IOException {
		List<String> predicates = new ArrayList<>();
		try (TokenStream stream = Analysis.get().predicates().tokenStream(IndexFields.TITLE_PREDICATES, title)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (!predicates.contains(term.toString())) {
					predicates.add(term.toString());
				}
			}
			stream.end();
		}
		return predicates;
	}

}
