package jp.kitakyushu.busters.api.proposal;

/**
 * The demonstration was completed.
 *
 * @param proposalId the store id of the proposal
 * @param themeId the store id of its theme
 * @param companyId the store id of its company
 */
public record ProposalCompleted(String proposalId, String themeId, String companyId) implements ProposalEvent {
}
