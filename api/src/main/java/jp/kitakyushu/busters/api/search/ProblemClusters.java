package jp.kitakyushu.busters.api.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.problem.ProblemQueries;
import jp.kitakyushu.busters.api.problem.ProblemStatus;
import jp.kitakyushu.busters.api.problem.Ward;
import jp.kitakyushu.busters.api.problem.WaitingForTheme;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.security.Readers;
import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.match.Match;
import jp.kitakyushu.busters.search.match.MatchRequest;
import jp.kitakyushu.busters.search.match.MatchedTerm;
import jp.kitakyushu.busters.search.match.Matcher;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Groups the published problems no theme has taken up yet by the same similarity that
 * finds duplicates: each problem is matched against the others in the index, two problems
 * join when each is among the other's closest matches, and the groups are the connected
 * problems, with the terms that joined them.
 */
@Service
class ProblemClusters {

	/** The newest problems looked at, so a request stays within a second or two. */
	static final int MAX_PROBLEMS = 200;

	/** How many closest matches of a problem may join it. */
	static final int NEIGHBOURS = 5;

	/**
	 * A match joins only if it scores at least this share of the problem's best match:
	 * scores compare within one request only.
	 */
	static final float RELATIVE_SCORE = 0.5f;

	static final int MAX_TERMS = 8;

	private final Matcher matcher;

	private final WaitingForTheme waiting;

	ProblemClusters(Matcher matcher, WaitingForTheme waiting) {
		this.matcher = matcher;
		this.waiting = waiting;
	}

	@PreAuthorize("hasRole('STAFF')")
	public List<Cluster> clusters(@Nullable String category, @Nullable Ward ward, @Nullable Instant from,
			@Nullable Instant to, int limit) {
		if (limit < 1 || limit > PageRequest.MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("'first' must be between 1 and " + PageRequest.MAX_PAGE_SIZE + ".");
		}
		Map<String, Problem> candidates = candidates(category, ward, from, to);
		Map<String, Map<String, Float>> closest = new HashMap<>();
		Map<String, Map<String, Float>> terms = new HashMap<>();
		for (String id : candidates.keySet()) {
			List<Match> matches = this.matcher.match(MatchRequest.document(id)
				.targets(DocumentType.PROBLEM)
				.filter(Readers.ATTRIBUTE, Readers.PUBLIC)
				.filter("status", ProblemStatus.PUBLISHED.name())
				.limit(NEIGHBOURS + 1)
				.build());
			float best = matches.stream().map(Match::score).max(Float::compare).orElse(0f);
			Map<String, Float> near = new LinkedHashMap<>();
			for (Match match : matches) {
				String other = entityId(match.id());
				if (!other.equals(id) && candidates.containsKey(other) && match.score() >= best * RELATIVE_SCORE
						&& near.size() < NEIGHBOURS) {
					near.put(other, match.score());
					Map<String, Float> shared = terms.computeIfAbsent(pair(id, other), (key) -> new HashMap<>());
					for (MatchedTerm term : match.terms()) {
						shared.merge(term.term(), term.contribution(), Float::sum);
					}
				}
			}
			closest.put(id, near);
		}
		Groups groups = new Groups(candidates.keySet());
		closest.forEach((id, near) -> near.keySet().forEach((other) -> {
			if (closest.getOrDefault(other, Map.of()).containsKey(id)) {
				groups.join(id, other);
			}
		}));
		return groups.all()
			.stream()
			.map((members) -> cluster(members, candidates, terms))
			.sorted(Comparator.comparingInt((Cluster cluster) -> cluster.problems().size())
				.reversed()
				.thenComparing(Comparator.comparingLong(Cluster::supporters).reversed()))
			.limit(limit)
			.toList();
	}

	/** The published problems to group, keyed by global id, newest first. */
	private Map<String, Problem> candidates(@Nullable String category, @Nullable Ward ward, @Nullable Instant from,
			@Nullable Instant to) {
		Map<String, Problem> found = new LinkedHashMap<>();
		for (Problem problem : this.waiting.newest(category, ward, from, to, MAX_PROBLEMS)) {
			found.put(GlobalId.encode(ProblemQueries.TYPE, problem.getId()), problem);
		}
		return found;
	}

	private static Cluster cluster(List<String> members, Map<String, Problem> candidates,
			Map<String, Map<String, Float>> terms) {
		List<Problem> problems = members.stream()
			.map(candidates::get)
			.sorted(Comparator.comparingLong(Problem::getSupporterCount).reversed())
			.toList();
		Map<String, Float> weights = new HashMap<>();
		for (int i = 0; i < members.size(); i++) {
			for (int j = i + 1; j < members.size(); j++) {
				terms.getOrDefault(pair(members.get(i), members.get(j)), Map.of())
					.forEach((term, weight) -> weights.merge(term, weight, Float::sum));
			}
		}
		List<String> top = weights.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Float>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.limit(MAX_TERMS)
			.toList();
		Map<Ward, Integer> wards = new LinkedHashMap<>();
		problems.forEach((problem) -> wards.merge(problem.getWard(), 1, Integer::sum));
		List<WardCount> counts = wards.entrySet()
			.stream()
			.sorted(Map.Entry.<Ward, Integer>comparingByValue().reversed())
			.map((entry) -> new WardCount(entry.getKey(), entry.getValue()))
			.toList();
		return new Cluster(problems, top, counts);
	}

	/** The problem's global id behind a document id. */
	private static String entityId(String documentId) {
		int copy = documentId.indexOf('#');
		return (copy < 0) ? documentId : documentId.substring(0, copy);
	}

	/** The same key for a pair whichever way round. */
	private static String pair(String a, String b) {
		return (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
	}

	/**
	 * One cluster.
	 *
	 * @param problems its problems, most supported first
	 * @param terms the terms they share most
	 * @param wards its wards with counts, most first
	 */
	record Cluster(List<Problem> problems, List<String> terms, List<WardCount> wards) {

		public int size() {
			return this.problems.size();
		}

		long supporters() {
			return this.problems.stream().mapToLong(Problem::getSupporterCount).sum();
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

	/**
	 * Union–find over the candidates: problems joined directly or through others end in
	 * one group.
	 */
	private static final class Groups {

		private final Map<String, String> parent = new LinkedHashMap<>();

		Groups(Iterable<String> ids) {
			ids.forEach((id) -> this.parent.put(id, id));
		}

		void join(String a, String b) {
			this.parent.put(root(a), root(b));
		}

		List<List<String>> all() {
			Map<String, List<String>> groups = new LinkedHashMap<>();
			this.parent.keySet().forEach((id) -> groups.computeIfAbsent(root(id), (r) -> new ArrayList<>()).add(id));
			return new ArrayList<>(groups.values());
		}

		private String root(String id) {
			String root = id;
			while (!this.parent.get(root).equals(root)) {
				root = this.parent.get(root);
			}
			this.parent.put(id, root);
			return root;
		}

	}

}
