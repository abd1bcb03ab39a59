package jp.kitakyushu.busters.search.match;

import java.util.List;

/**
 * The clusters of one request.
 *
 * @param clusters the clusters, largest first
 * @param problems how many problems were grouped
 * @param truncated whether more problems matched the filters than were grouped
 */
public record ClusterResult(List<ProblemCluster> clusters, int problems, boolean truncated) {

	public ClusterResult {
		clusters = List.copyOf(clusters);
	}

}
