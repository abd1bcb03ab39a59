package jp.kitakyushu.busters.api.proposal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The inputs of the proposal mutations, as the schema declares them.
 */
final class ProposalInputs {

	private ProposalInputs() {
	}

	record MilestoneInput(String title, Instant dueDate, long amount) {
	}

	record ProposalCreateInput(String themeId, String companyId, String title, String summary,
			@Nullable String approach, @Nullable Long requestedAmount, @Nullable List<MilestoneInput> milestones,
			@Nullable String idempotencyKey) {
	}

	record ProposalUpdateInput(String proposalId, @Nullable String title, @Nullable String summary,
			@Nullable String approach, @Nullable Long requestedAmount, @Nullable List<MilestoneInput> milestones) {
	}

	/**
	 * Names one proposal: submit, shortlist, select, start and complete take only this.
	 */
	record ProposalIdInput(String proposalId) {
	}

	record ProposalWithdrawInput(String proposalId, @Nullable String reason) {
	}

	record ProposalDeclineInput(String proposalId, String reason) {
	}

	record ProposalFilter(@Nullable String themeId, @Nullable String companyId, @Nullable ProposalStatus status) {
	}

}
