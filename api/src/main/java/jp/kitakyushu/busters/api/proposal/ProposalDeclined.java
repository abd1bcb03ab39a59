package jp.kitakyushu.busters.api.proposal;

/**
 * Staff declined the proposal, with a reason.
 *
 * @param proposalId the store id of the proposal
 * @param themeId the store id of its theme
 * @param companyId the store id of its company
 */
public record ProposalDeclined(String proposalId, String themeId, String companyId) implements ProposalEvent {
}
