package jp.kitakyushu.busters.api.proposal;

/**
 * A past record of a proposal was brought in, in the state it had reached.
 *
 * @param proposalId the store id of the proposal
 * @param themeId the store id of its theme
 * @param companyId the store id of its company
 */
public record ProposalImported(String proposalId, String themeId, String companyId) implements ProposalEvent {
}
