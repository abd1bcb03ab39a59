package jp.kitakyushu.busters.web.staff.curation;

import java.time.Instant;
import java.util.List;

import jp.kitakyushu.busters.web.ui.Category;

/**
 * A cluster of similar problems as the api groups them.
 *
 * @param size how many problems
 * @param terms the terms they share most
 * @param wards its wards with counts
 * @param problems its problems, most supported first
 */
record Cluster(int size, List<String> terms, List<WardCount> wards, List<Member> problems) {

	/** Whether one of the given problems is in this cluster. */
	boolean holdsAny(List<String> ids) {
		return this.problems.stream().anyMatch((problem) -> ids.contains(problem.id()));
	}

	/**
	 * A ward and how many of the cluster's problems are there.
	 *
	 * @param ward the ward
	 * @param count how many
	 */
	record WardCount(String ward, int count) {
	}

	/**
	 * A problem of the cluster.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param ward its ward
	 * @param supporterCount its supporters
	 * @param createdAt when it was posted
	 * @param category its category
	 */
	record Member(String id, String title, String ward, int supporterCount, Instant createdAt, Category category) {
	}

}
