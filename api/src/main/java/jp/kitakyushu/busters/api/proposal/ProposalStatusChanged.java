package jp.kitakyushu.busters.api.proposal;

import org.jspecify.annotations.Nullable;

/**
 * Published after a proposal is stored with a new status (or created), so other modules
 * (the fund, the matching index) can follow without reading proposals' internals.
 *
 * @param proposalId the store id of the proposal
 * @param themeId the store id of its theme
 * @param companyId the store id of its company
 * @param from the status before, null for a new proposal
 * @param to the status after
 */
public record ProposalStatusChanged(String proposalId, String themeId, String companyId, @Nullable ProposalStatus from,
		ProposalStatus to) {
}
