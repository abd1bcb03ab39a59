package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.search.index.IndexFields;
import jp.kitakyushu.busters.search.index.IndexFields.Family;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The terms of a source text that best characterise it against the index (in the manner
 * of More Like This): analysed by all three families, weighted by damped frequency times
 * inverse document frequency, the strongest kept per family.
 */
final class SourceTerms {

	private final List<SelectedTerm> terms;

	private SourceTerms(List<SelectedTerm> terms) {
		this.terms = terms;
	}

	static SourceTerms select(IndexReader reader, String text, MatchSettings settings) throws IOException {
		List<SelectedTerm> selected = new ArrayList<>();
		int documents = Math.max(1, reader.numDocs());
		for (Family family : Family.values()) {
			int limit = limit(family, settings);
			if (limit <= 0 || weight(family, settings) <= 0) {
				continue;
			}
			List<SelectedTerm> candidates = new ArrayList<>();
			for (Map.Entry<String, Integer> entry : frequencies(family, text).entrySet()) {
				// One dictionary lookup per term: the text field decides, the title only
				// when the
				// text never has the term.
				int df = reader.docFreq(new Term(IndexFields.analyzed(IndexFields.TEXT, family), entry.getKey()));
				if (df == 0) {
					df = reader.docFreq(new Term(IndexFields.analyzed(IndexFields.TITLE, family), entry.getKey()));
				}
				if (df == 0) {
					df = reader.docFreq(new Term(IndexFields.analyzed(IndexFields.CONTEXT, family), entry.getKey()));
				}
				if (df == 0 || df > settings.maxDocFreqRatio() * documents) {
					continue;
				}
				float idf = (float) Math.log(1 + (documents - df + 0.5) / (df + 0.5));
				float tf = (float) Math.pow(entry.getValue(), settings.queryTfExponent());
				candidates.add(new SelectedTerm(family, entry.getKey(), tf * weight(family, settings), tf * idf));
			}
			candidates.sort(Comparator.comparingDouble(SelectedTerm::salience).reversed());
			selected.addAll(candidates.subList(0, Math.min(limit, candidates.size())));
		}
		return new SourceTerms(selected);
	}

	boolean isEmpty() {
		return this.terms.isEmpty();
	}

	List<SelectedTerm> terms() {
		return this.terms;
	}

	/** The scoring query: one BM25F clause per term over title, text and tags. */
	Query query(MatchSettings settings) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (SelectedTerm term : this.terms) {
			query.add(term.clause(settings), BooleanClause.Occur.SHOULD);
		}
		return query.build();
	}

	/** A query of plain term clauses on the text fields, for the highlighter. */
	Query highlightQuery() {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (SelectedTerm term : this.terms) {
			for (String field : IndexFields.TEXT_FIELDS) {
				query.add(new TermQuery(new Term(IndexFields.analyzed(field, term.family()), term.text())),
						BooleanClause.Occur.SHOULD);
			}
		}
		return query.build();
	}

	private static Map<String, Integer> frequencies(Family family, String text) throws IOException {
		Map<String, Integer> frequencies = new HashMap<>();
		try (TokenStream stream = family.analyzer().tokenStream(IndexFields.analyzed(IndexFields.TEXT, family), text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				frequencies.merge(term.toString(), 1, Integer::sum);
			}
			stream.end();
		}
		return frequencies;
	}

	private static int limit(Family family, MatchSettings settings) {
		return switch (family) {
			case JA -> settings.maxTermsJa();
			case EN -> settings.maxTermsEn();
			case BI -> settings.maxTermsBi();
		};
	}

	private static float weight(Family family, MatchSettings settings) {
		return switch (family) {
			case JA -> settings.weightJa();
			case EN -> settings.weightEn();
			case BI -> settings.weightBi();
		};
	}

	/**
	 * One chosen term.
	 *
	 * @param family its analysis
	 * @param text the indexed term
	 * @param boost query weight: family weight times damped source frequency
	 * @param salience how characteristic it is of the source (selection order)
	 */
	record SelectedTerm(Family family, String text, float boost, float salience) {

		/**
		 * Per-field term queries rather than one BM25F query: term queries expose score
		 * bounds, so the disjunction over a large index is pruned (MaxScore) instead of
		 * scoring every document that has any common term.
		 */
		Query clause(MatchSettings settings) {
			BooleanQuery.Builder fields = new BooleanQuery.Builder();
			fields.add(fieldClause(IndexFields.TITLE, settings.titleWeight()), BooleanClause.Occur.SHOULD);
			fields.add(fieldClause(IndexFields.TEXT, 1f), BooleanClause.Occur.SHOULD);
			fields.add(fieldClause(IndexFields.TAGS, settings.tagsWeight()), BooleanClause.Occur.SHOULD);
			if (settings.contextWeight() > 0) {
				fields.add(fieldClause(IndexFields.CONTEXT, settings.contextWeight()), BooleanClause.Occur.SHOULD);
			}
			return new BoostQuery(fields.build(), this.boost);
		}

		private Query fieldClause(String field, float weight) {
			return new BoostQuery(new TermQuery(new Term(IndexFields.analyzed(field, this.family), this.text)), weight);
		}

	}

}
