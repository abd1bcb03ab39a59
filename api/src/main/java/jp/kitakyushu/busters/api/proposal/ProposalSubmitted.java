package jp.kitakyushu.busters.api.proposal;

/**
 * The company submitted its proposal within the theme's call; staff see it from now on.
 *
 * @param proposalId the store id of the proposal
 * @param themeId the store id of its theme
 * @param companyId the store id of its company
 */
public record ProposalSubmitted(String proposalId, String themeId, String companyId) implements ProposalEvent {
}
