package jp.kitakyushu.busters.api.search;

import java.util.List;

import jp.kitakyushu.busters.search.Snippet;
import jp.kitakyushu.busters.search.match.MatchedTerm;
import jp.kitakyushu.busters.search.query.FacetCount;

/**
 * What search and matching queries answer, shaped for the schema.
 */
final class SearchViews {

	private SearchViews() {
	}

	/**
	 * One search hit: the object it found, as the caller may see it, and why.
	 *
	 * @param node the problem, theme, proposal or company
	 * @param score the relevance score
	 * @param title the title with matches highlighted
	 * @param passages the best passages with matches highlighted
	 */
	record SearchResult(Object node, float score, Snippet title, List<Snippet> passages) {
	}

	/**
	 * One page of search hits with facet counts.
	 *
	 * @param results the hits of this page
	 * @param totalCount how many objects match in all
	 * @param offset the position of the first hit
	 * @param facets counts per facet value
	 * @param partial whether the time limit cut the search short
	 */
	record SearchPage(List<SearchResult> results, long totalCount, int offset, SearchFacets facets, boolean partial) {
	}

	/**
	 * Facet counts of a search.
	 *
	 * @param type per object type
	 * @param category per category code
	 * @param ward per ward
	 * @param status per status
	 */
	record SearchFacets(List<FacetCount> type, List<FacetCount> category, List<FacetCount> ward,
			List<FacetCount> status) {
	}

	/**
	 * One match: the object, its score and the terms and passages that made it.
	 *
	 * @param node the matched object
	 * @param score the match score
	 * @param terms the terms that contributed most, with their share of the score
	 * @param passages passages of the match with the contributing terms highlighted
	 * @param sameProblemLikely whether a similar problem reaches the intake hint's
	 * threshold
	 */
	record MatchResult(Object node, float score, List<MatchedTerm> terms, List<Snippet> passages,
			boolean sameProblemLikely) {

		/**
		 * A match that is no "is this your problem?" hint (themes, proposals, companies).
		 */
		MatchResult(Object node, float score, List<MatchedTerm> terms, List<Snippet> passages) {
			this(node, score, terms, passages, false);
		}

		/**
		 * This match, flagged as the same problem when its probability reaches the
		 * threshold.
		 */
		MatchResult hintedAt(float threshold) {
			return new MatchResult(this.node, this.score, this.terms, this.passages, this.score >= threshold);
		}

	}

}
