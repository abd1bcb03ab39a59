package jp.kitakyushu.busters.web.citizen.post;

import org.jspecify.annotations.Nullable;

/**
 * An existing problem that may be the one a citizen is about to post.
 *
 * @param id its global id
 * @param title its public title
 * @param ward its ward
 * @param status its status
 * @param supporterCount its supporters
 * @param supportedByMe whether the citizen already supports it
 * @param submittedByMe whether the citizen posted it
 * @param sameProblemLikely whether the api judges it very likely the same problem (its
 * calibrated intake hint), not merely one on the same topic
 */
public record SimilarProblem(@Nullable String id, @Nullable String title, @Nullable String ward,
		@Nullable String status, int supporterCount, boolean supportedByMe, boolean submittedByMe,
		boolean sameProblemLikely) {

	/**
	 * One match as the api returns it.
	 *
	 * @param node the problem (null fields for kinds other than problems)
	 * @param sameProblemLikely whether the api's intake hint fires for it
	 */
	record Match(@Nullable Node node, boolean sameProblemLikely) {

		/** The problem with the api's judgement on it, or null for other kinds. */
		@Nullable SimilarProblem problem() {
			if (this.node == null || this.node.id() == null) {
				return null;
			}
			return new SimilarProblem(this.node.id(), this.node.title(), this.node.ward(), this.node.status(),
					this.node.supporterCount(), this.node.supportedByMe(), this.node.submittedByMe(),
					this.sameProblemLikely);
		}

	}

	/**
	 * A matched problem as the api returns it (the judgement rides on the match, not on
	 * the problem).
	 *
	 * @param id its global id
	 * @param title its public title
	 * @param ward its ward
	 * @param status its status
	 * @param supporterCount its supporters
	 * @param supportedByMe whether the citizen already supports it
	 * @param submittedByMe whether the citizen posted it
	 */
	record Node(@Nullable String id, @Nullable String title, @Nullable String ward, @Nullable String status,
			int supporterCount, boolean supportedByMe, boolean submittedByMe) {
	}

	/** Whether a citizen can still say "me too" to it. */
	public boolean supportable() {
		return ("PUBLISHED".equals(this.status) || "ADOPTED".equals(this.status)) && !this.supportedByMe
				&& !this.submittedByMe;
	}

}
