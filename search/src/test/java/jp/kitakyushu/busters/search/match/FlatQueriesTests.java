package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching queries built in their rewritten form are the queries Lucene's rewriting
 * gives, clause for clause and in the same order.
 */
class FlatQueriesTests {

	private final IndexSearcher searcher = emptySearcher();

	@Test
	void nestedTermClausesFoldTheirBoostsAndLiftBesideTheFilter() throws IOException {
		Query query = new BooleanQuery.Builder().add(terms(), Occur.MUST)
			.add(new TermQuery(new Term("type", "THEME")), Occur.FILTER)
			.build();
		assertSameAsLucene(query);
		Query flat = FlatQueries.of(query);
		assertThat(flat).isNotSameAs(query);
		assertThat(((BooleanQuery) flat).getMinimumNumberShouldMatch()).isEqualTo(1);
	}

	@Test
	void anUnfilteredDisjunctionIsFlattenedToo() throws IOException {
		assertSameAsLucene(terms());
	}

	@Test
	void aFilterLuceneRewritesItselfIsKept() throws IOException {
		Query query = new BooleanQuery.Builder().add(terms(), Occur.MUST)
			.add(new TermInSetQuery("type", List.of(new BytesRef("THEME"), new BytesRef("PROBLEM"))), Occur.FILTER)
			.build();
		assertSameAsLucene(query);
	}

	@Test
	void shapesItDoesNotKnowAreLeftAsTheyAre() throws IOException {
		Query duplicate = new BooleanQuery.Builder().add(term("text_ja", "屋根"), Occur.SHOULD)
			.add(term("text_ja", "屋根"), Occur.SHOULD)
			.build();
		assertThat(FlatQueries.of(duplicate)).isSameAs(duplicate);
		assertSameAsLucene(duplicate);
		Query excluded = new BooleanQuery.Builder().add(terms(), Occur.MUST)
			.add(new MatchNoDocsQuery(), Occur.MUST_NOT)
			.build();
		assertThat(FlatQueries.of(excluded)).isSameAs(excluded);
		assertSameAsLucene(excluded);
		Query excludedId = new BooleanQuery.Builder().add(terms(), Occur.MUST)
			.add(term("id", "p-1"), Occur.MUST_NOT)
			.build();
		assertSameAsLucene(excludedId);
		Query required = new BooleanQuery.Builder().add(term("a", "x"), Occur.MUST)
			.add(term("a", "y"), Occur.MUST)
			.build();
		assertThat(FlatQueries.of(required)).isSameAs(required);
	}

	/**
	 * A term in one field, one in two fields with a term boost, one in two fields whose
	 * boost is 1 (its disjunction is flattened), one with a field weight of 1.
	 */
	private static Query terms() {
		return new BooleanQuery.Builder()
			.add(new BoostQuery(fields(new BoostQuery(term("text_ja", "屋根"), 1f)), 1.5f), Occur.SHOULD)
			.add(new BoostQuery(
					fields(new BoostQuery(term("title_ja", "バス"), 2f), new BoostQuery(term("text_ja", "バス"), 1f)),
					0.7f), Occur.SHOULD)
			.add(new BoostQuery(
					fields(new BoostQuery(term("title_en", "roof"), 2f), new BoostQuery(term("text_en", "roof"), 1f)),
					1f), Occur.SHOULD)
			.add(fields(new BoostQuery(term("text_bi", "停留"), 0.5f)), Occur.SHOULD)
			.build();
	}

	private static Query fields(Query... clauses) {
		BooleanQuery.Builder fields = new BooleanQuery.Builder();
		for (Query clause : clauses) {
			fields.add(clause, Occur.SHOULD);
		}
		return fields.build();
	}

	private static Query term(String field, String text) {
		return new TermQuery(new Term(field, text));
	}

	private static IndexSearcher emptySearcher() {
		try {
			return new IndexSearcher(new MultiReader());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void assertSameAsLucene(Query query) throws IOException {
		Query lucene = this.searcher.rewrite(query);
		Query ours = this.searcher.rewrite(FlatQueries.of(query));
		assertThat(ours).isEqualTo(lucene);
		assertThat(ours.toString()).isEqualTo(lucene.toString());
	}

}
