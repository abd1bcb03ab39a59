package jp.kitakyushu.busters.search.match;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which published problems to group into clusters of the same problem, for curating a
 * theme from many submissions.
 *
 * @param filters keyword filters, as in a search ({@code visibility=PUBLIC},
 * {@code category}, {@code ward}, {@code status})
 * @param from only problems last changed at or after this instant, or {@code null}
 * @param to only problems last changed before this instant, or {@code null}
 * @param maxProblems most problems grouped (the most recently changed), 1 to
 * {@link #MAX_PROBLEMS}
 * @param minSize smallest cluster returned, at least 1
 */
public record ClusterRequest(Map<String, Set<String>> filters, @Nullable Instant from, @Nullable Instant to,
		int maxProblems, int minSize) {

	/** Problems grouped when no other number is given. */
	public static final int DEFAULT_MAX_PROBLEMS = 500;

	/** Most problems one request may group: each costs one "same problem" match. */
	public static final int MAX_PROBLEMS = 2_000;

	/** Smallest cluster returned by default: a problem alone is no cluster. */
	public static final int DEFAULT_MIN_SIZE = 2;

	public ClusterRequest {
		filters = Map.copyOf(filters);
	}

	/**
	 * Starts a request over every problem.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Fluent construction of a {@link ClusterRequest}.
	 */
	public static final class Builder {

		private final Map<String, Set<String>> filters = new LinkedHashMap<>();

		private @Nullable Instant from;

		private @Nullable Instant to;

		private int maxProblems = DEFAULT_MAX_PROBLEMS;

		private int minSize = DEFAULT_MIN_SIZE;

		private Builder() {
		}

		public Builder filter(String key, String... values) {
			this.filters.computeIfAbsent(key, (k) -> new LinkedHashSet<>()).addAll(Set.of(values));
			return this;
		}

		public Builder period(@Nullable Instant from, @Nullable Instant to) {
			this.from = from;
			this.to = to;
			return this;
		}

		public Builder maxProblems(int maxProblems) {
			this.maxProblems = maxProblems;
			return this;
		}

		public Builder minSize(int minSize) {
			this.minSize = minSize;
			return this;
		}

		public ClusterRequest build() {
			return new ClusterRequest(this.filters, this.from, this.to, this.maxProblems, this.minSize);
		}

	}

}
