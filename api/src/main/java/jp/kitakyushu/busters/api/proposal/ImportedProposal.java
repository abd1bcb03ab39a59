package jp.kitakyushu.busters.api.proposal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A proposal as a past record brings it in, in whatever state it had reached.
 *
 * @param id the store id it keeps
 * @param themeId the store id of its theme
 * @param companyId the store id of the proposing company
 * @param createdBy the subject of the member who drafted it
 * @param title the title
 * @param summary the summary
 * @param approach how the company would go about it
 * @param requestedAmount what it asks of the fund, in yen
 * @param milestones its plan
 * @param status the state it reached
 * @param submittedAt when it was submitted, if it was
 * @param decidedAt when staff decided on it, if they did
 * @param decisionReason the reason given with the decision
 * @param createdAt when it was drafted
 */
public record ImportedProposal(String id, String themeId, String companyId, String createdBy, String title,
		String summary, String approach, long requestedAmount, List<Milestone> milestones, ProposalStatus status,
		@Nullable Instant submittedAt, @Nullable Instant decidedAt, @Nullable String decisionReason,
		Instant createdAt) {

	public ImportedProposal {
		milestones = List.copyOf(milestones);
	}

}
