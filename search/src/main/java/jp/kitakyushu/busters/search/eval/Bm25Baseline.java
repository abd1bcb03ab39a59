package jp.kitakyushu.busters.search.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The reference point: Lucene's StandardAnalyzer and default BM25 over one document per
 * key (a theme's text plus its member texts, or one problem's title and body), queried
 * with every word of the test text.
 */
final class Bm25Baseline implements AutoCloseable {

	private static final String BODY = "body";

	private static final String LABEL = "label";

	private final StandardAnalyzer analyzer = new StandardAnalyzer();

	private final Directory directory;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	Bm25Baseline(Path path, Map<String, String> textByLabel) throws IOException {
		this.directory = FSDirectory.open(path);
		try (IndexWriter writer = new IndexWriter(this.directory, new IndexWriterConfig(this.analyzer))) {
			for (Map.Entry<String, String> theme : textByLabel.entrySet()) {
				Document doc = new Document();
				doc.add(new StringField(LABEL, theme.getKey(), Field.Store.YES));
				doc.add(new TextField(BODY, theme.getValue(), Field.Store.NO));
				writer.addDocument(doc);
			}
		}
		this.reader = DirectoryReader.open(this.directory);
		this.searcher = new IndexSearcher(this.reader);
	}

	List<String> rank(String text) throws IOException {
		return ranked(text).stream().map(Ranked::key).toList();
	}

	/** Every document sharing a word with the text, best first, with its BM25 score. */
	List<Ranked> ranked(String text) throws IOException {
		Query query = new QueryBuilder(this.analyzer).createBooleanQuery(BODY, text, BooleanClause.Occur.SHOULD);
		if (query == null) {
			query = new MatchNoDocsQuery();
		}
		else if (query instanceof BooleanQuery bool && bool.clauses().size() > IndexSearcher.getMaxClauseCount()) {
			BooleanQuery.Builder capped = new BooleanQuery.Builder();
			bool.clauses().subList(0, IndexSearcher.getMaxClauseCount()).forEach(capped::add);
			query = capped.build();
		}
		List<Ranked> ranked = new ArrayList<>();
		for (ScoreDoc hit : this.searcher.search(query, this.reader.maxDoc()).scoreDocs) {
			ranked.add(new Ranked(this.searcher.storedFields().document(hit.doc).get(LABEL), hit.score));
		}
		return ranked;
	}

	/**
	 * A document key with its score.
	 *
	 * @param key the label or id the document was indexed under
	 * @param score its BM25 score
	 */
	record Ranked(String key, float score) {
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
		this.directory.close();
	}

}
