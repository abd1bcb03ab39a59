package jp.kitakyushu.busters.api.proposal;

/**
 * Staff shortlisted the proposal for evaluation.
 *
 * @param proposalId the store id of the proposal
 * @param themeId the store id of its theme
 * @param companyId the store id of its company
 */
public record ProposalShortlisted(String proposalId, String themeId, String companyId) implements ProposalEvent {
}
