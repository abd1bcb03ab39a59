package jp.kitakyushu.busters.search.match;

import java.util.List;

/**
 * Published problems that are likely one problem told several times.
 *
 * @param problemIds the members' document ids, the most central first
 * @param topTerms the words most of its members use (place names apart), strongest first
 * @param wards how many members each ward has, most first
 * @param cohesion the members' mean "same problem" probability over the pairs found
 * linked
 */
public record ProblemCluster(List<String> problemIds, List<String> topTerms, List<WardCount> wards, float cohesion) {

	public ProblemCluster {
		problemIds = List.copyOf(problemIds);
		topTerms = List.copyOf(topTerms);
		wards = List.copyOf(wards);
	}

	/**
	 * How many problems it has.
	 * @return the size
	 */
	public int size() {
		return this.problemIds.size();
	}

	/**
	 * A ward and how many of a cluster's problems are in it.
	 *
	 * @param ward the ward code
	 * @param count the number of problems
	 */
	public record WardCount(String ward, int count) {
	}

}
