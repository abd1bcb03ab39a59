package jp.kitakyushu.busters.search.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A matching query in the form Lucene's rewriting would give it, built in one pass: a
 * query of a few hundred nested term clauses otherwise rebuilds the whole tree (hashing
 * every clause) once per rewriting rule that applies, which was a tenth of theme
 * matching. Only the shapes matching builds are normalised (boosts folded into one,
 * one-clause and nested pure disjunctions inlined, a lone required disjunction's clauses
 * lifted beside the filters); Lucene's own rewriting still runs on the result and
 * finishes anything else, so the query searched is the same either way
 * ({@code FlatQueriesTests} compares the two rewritten queries).
 */
final class FlatQueries {

	private FlatQueries() {
	}

	/**
	 * The query with the rewrites Lucene would apply to its shapes already applied, or
	 * the query itself when it has a shape this does not know.
	 * @param query a matching query
	 * @return an equivalent query
	 */
	static Query of(Query query) {
		Query flat = normalise(query);
		return (flat != null) ? flat : query;
	}

	/** The normalised query, or {@code null} for a shape left to Lucene. */
	private static Query normalise(Query query) {
		if (query instanceof TermQuery) {
			return query;
		}
		if (query instanceof BoostQuery boosted) {
			Query inner = normalise(boosted.getQuery());
			if (inner == null || boosted.getBoost() == 0f) {
				return null;
			}
			if (boosted.getBoost() == 1f) {
				return inner;
			}
			if (inner instanceof BoostQuery nested) {
				// As BoostQuery#rewrite folds a boost into a boosted query.
				return new BoostQuery(nested.getQuery(), boosted.getBoost() * nested.getBoost());
			}
			return (inner == boosted.getQuery()) ? boosted : new BoostQuery(inner, boosted.getBoost());
		}
		if (query instanceof BooleanQuery bool) {
			return normaliseBoolean(bool);
		}
		return null;
	}

	private static Query normaliseBoolean(BooleanQuery bool) {
		if (bool.getMinimumNumberShouldMatch() != 0 || bool.clauses().isEmpty()) {
			return null;
		}
		if (bool.clauses().size() == 1) {
			BooleanClause only = bool.clauses().get(0);
			return (only.occur() == Occur.SHOULD || only.occur() == Occur.MUST) ? normalise(only.query()) : null;
		}
		List<BooleanClause> clauses = new ArrayList<>();
		for (BooleanClause clause : bool.clauses()) {
			if (clause.occur() == Occur.SHOULD) {
				Query inner = normalise(clause.query());
				if (inner == null) {
					return null;
				}
				if (inner instanceof BooleanQuery nested && pureDisjunction(nested)) {
					// Nested disjunctions are flattened.
					clauses.addAll(nested.clauses());
				}
				else {
					clauses.add(new BooleanClause(inner, Occur.SHOULD));
				}
			}
			else if ((clause.occur() == Occur.FILTER || clause.occur() == Occur.MUST_NOT)
					&& !(clause.query() instanceof MatchNoDocsQuery)) {
				// Lucene rewrites these itself if it needs to; a clause matching nothing
				// would change the query's shape first, so it is left to Lucene.
				clauses.add(clause);
			}
			else if (clause.occur() == Occur.MUST) {
				Query inner = normalise(clause.query());
				if (inner == null) {
					return null;
				}
				clauses.add(new BooleanClause(inner, Occur.MUST));
			}
			else {
				return null;
			}
		}
		int minimumShouldMatch = 0;
		List<BooleanClause> musts = clauses.stream().filter((c) -> c.occur() == Occur.MUST).toList();
		boolean anyShould = clauses.stream().anyMatch((c) -> c.occur() == Occur.SHOULD);
		if (musts.size() == 1 && !anyShould && musts.get(0).query() instanceof BooleanQuery inner
				&& pureDisjunction(inner)) {
			// The only required clause's disjunction is lifted beside the filters, one
			// of its clauses required.
			List<BooleanClause> lifted = new ArrayList<>();
			for (BooleanClause clause : clauses) {
				if (clause.occur() != Occur.MUST) {
					lifted.add(clause);
				}
			}
			lifted.addAll(inner.clauses());
			clauses = lifted;
			minimumShouldMatch = 1;
		}
		else if (!musts.isEmpty()) {
			return null;
		}
		// Duplicates are merged by Lucene (boosts summed): left to it.
		Set<Query> seen = new HashSet<>();
		for (BooleanClause clause : clauses) {
			if (!seen.add(clause.query())) {
				return null;
			}
		}
		BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minimumShouldMatch);
		clauses.forEach(builder::add);
		return builder.build();
	}

	/** Only optional clauses, at most one of them required (Lucene's own test). */
	private static boolean pureDisjunction(BooleanQuery query) {
		return query.getMinimumNumberShouldMatch() <= 1
				&& query.clauses().stream().allMatch((clause) -> clause.occur() == Occur.SHOULD);
	}

}
