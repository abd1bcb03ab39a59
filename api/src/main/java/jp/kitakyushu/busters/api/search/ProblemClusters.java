package jp.kitakyushu.busters.api.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.problem.ProblemQueries;
import jp.kitakyushu.busters.api.problem.ProblemStatus;
import jp.kitakyushu.busters.api.problem.Ward;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.security.Readers;
import jp.kitakyushu.busters.search.match.ClusterRequest;
import jp.kitakyushu.busters.search.match.Matcher;
import jp.kitakyushu.busters.search.match.ProblemCluster;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The published problems no theme has taken up yet (PUBLISHED, not ADOPTED), grouped by
 * the search library's clustering of the same problem, with their problems loaded from
 * the store: what staff curate new themes from.
 */
@Service
class ProblemClusters {

	private final Matcher matcher;

	private final ProblemQueries problems;

	ProblemClusters(Matcher matcher, ProblemQueries problems) {
		this.matcher = matcher;
		this.problems = problems;
	}

	/**
	 * The largest clusters, at most {@code limit}, of the newest problems narrowed by
	 * category, ward and the period they last changed in ({@code from} included,
	 * {@code to} not); a problem like no other is a cluster of one.
	 */
	@PreAuthorize("hasRole('STAFF')")
	public List<Cluster> clusters(@Nullable String category, @Nullable Ward ward, @Nullable Instant from,
			@Nullable Instant to, int limit) {
		if (limit < 1 || limit > PageRequest.MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("'first' must be between 1 and " + PageRequest.MAX_PAGE_SIZE + ".");
		}
		// Published problems are public; an adopted one is in a theme already.
		ClusterRequest.Builder request = ClusterRequest.builder()
			.filter(Readers.ATTRIBUTE, Readers.PUBLIC)
			.filter("status", ProblemStatus.PUBLISHED.name())
			.period(from, to)
			.minSize(1);
		if (category != null && !category.isBlank()) {
			request.filter("category", category.strip());
		}
		if (ward != null) {
			request.filter("ward", ward.name());
		}
		List<ProblemCluster> found = this.matcher.problemClusters(request.build())
			.clusters()
			.stream()
			.limit(limit)
			.toList();
		List<String> ids = found.stream()
			.flatMap((cluster) -> cluster.problemIds().stream())
			.map(ProblemClusters::id)
			.toList();
		Map<String, Problem> loaded = this.problems.findVisible(ids);
		return found.stream()
			.map((cluster) -> cluster(cluster, loaded))
			.filter((cluster) -> cluster.size() > 0)
			.toList();
	}

	private static Cluster cluster(ProblemCluster cluster, Map<String, Problem> loaded) {
		// The index may trail the store by a moment: a problem it no longer holds is left
		// out.
		List<Problem> members = cluster.problemIds()
			.stream()
			.map((documentId) -> loaded.get(id(documentId)))
			.filter(Objects::nonNull)
			.filter((problem) -> problem.getStatus() == ProblemStatus.PUBLISHED)
			.toList();
		List<WardCount> wards = cluster.wards()
			.stream()
			.map((count) -> new WardCount(Ward.valueOf(count.ward()), count.count()))
			.toList();
		return new Cluster(members, cluster.topTerms(), wards);
	}

	/** The problem's store id behind a document id (a global id, perhaps with a copy). */
	private static String id(String documentId) {
		int copy = documentId.indexOf('#');
		String globalId = (copy < 0) ? documentId : documentId.substring(0, copy);
		return GlobalId.idOf(globalId, ProblemQueries.TYPE).orElse(globalId);
	}

	/**
	 * One cluster.
	 *
	 * @param problems its problems, the most central first
	 * @param terms the words its problems use most
	 * @param wards its wards with counts, most first
	 */
	record Cluster(List<Problem> problems, List<String> terms, List<WardCount> wards) {

		public int size() {
			return this.problems.size();
		}

	}

	/**
	 * A ward and how many problems of a cluster are in it.
	 *
	 * @param ward the ward
	 * @param count how many
	 */
	record WardCount(Ward ward, int count) {
	}

}
