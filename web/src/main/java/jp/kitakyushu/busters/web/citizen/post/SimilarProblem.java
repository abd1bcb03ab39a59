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
 */
public record SimilarProblem(@Nullable String id, @Nullable String title, @Nullable String ward,
		@Nullable String status, int supporterCount, boolean supportedByMe, boolean submittedByMe) {

	/**
	 * One match as the api returns it.
	 *
	 * @param node the problem (null fields for kinds other than problems)
	 */
	record Match(@Nullable SimilarProblem node) {
	}

	/** Whether a citizen can still say "me too" to it. */
	public boolean supportable() {
		return ("PUBLISHED".equals(this.status) || "ADOPTED".equals(this.status)) && !this.supportedByMe
				&& !this.submittedByMe;
	}

}
