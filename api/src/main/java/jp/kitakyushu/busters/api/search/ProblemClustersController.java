package jp.kitakyushu.busters.api.search;

import java.time.Instant;
import java.util.List;

import jp.kitakyushu.busters.api.problem.Ward;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The curation board's query: {@code problemClusters}.
 */
@Controller
class ProblemClustersController {

	private final ProblemClusters clusters;

	ProblemClustersController(ProblemClusters clusters) {
		this.clusters = clusters;
	}

	@QueryMapping
	List<ProblemClusters.Cluster> problemClusters(@Argument @Nullable ClusterFilter filter,
			@Argument @Nullable Integer first) {
		ClusterFilter f = (filter != null) ? filter : new ClusterFilter(null, null, null, null);
		return this.clusters.clusters(f.category(), f.ward(), f.from(), f.to(), (first != null) ? first : 20);
	}

	/**
	 * Which problems to group.
	 *
	 * @param category a category code
	 * @param ward a ward
	 * @param from posted at or after
	 * @param to posted before
	 */
	record ClusterFilter(@Nullable String category, @Nullable Ward ward, @Nullable Instant from, @Nullable Instant to) {
	}

}
