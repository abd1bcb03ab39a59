package jp.kitakyushu.busters.api.proposal;

/**
 * The company withdrew its proposal.
 *
 * @param proposalId the store id of the proposal
 * @param themeId the store id of its theme
 * @param companyId the store id of its company
 */
public record ProposalWithdrawn(String proposalId, String themeId, String companyId) implements ProposalEvent {
}
