package jp.kitakyushu.busters.api.problem;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A problem as a past record brings it in (the demo data, or records from an earlier
 * system): in whatever state it had reached, with its supporters.
 *
 * @param id the store id it keeps
 * @param title the original title
 * @param body the original body
 * @param category a category code
 * @param ward the ward
 * @param location where, if known
 * @param channel how it came in
 * @param intakeMethod how staff received it, for proxy intake
 * @param submitter the submitter's subject, null for someone without an account
 * @param enteredBy the staff member who entered a proxy submission
 * @param contact how to reach the person behind it
 * @param status the state it reached
 * @param rejectionReason why it was rejected
 * @param mergedInto the store id of the problem it was merged into
 * @param themeIds the store ids of the themes that adopted it
 * @param resolvedBy the store ids of the proposals that resolved it
 * @param supporters the subjects of its supporters
 * @param createdAt when it was submitted
 */
public record ImportedProblem(String id, String title, String body, String category, Ward ward,
		@Nullable GeoPoint location, Channel channel, @Nullable IntakeMethod intakeMethod, @Nullable String submitter,
		@Nullable String enteredBy, Contact contact, ProblemStatus status, @Nullable String rejectionReason,
		@Nullable String mergedInto, List<String> themeIds, List<String> resolvedBy, List<String> supporters,
		Instant createdAt) {

	public ImportedProblem {
		themeIds = List.copyOf(themeIds);
		resolvedBy = List.copyOf(resolvedBy);
		supporters = List.copyOf(supporters);
	}

}
