package jp.kitakyushu.busters.api.proposal;

/**
 * Staff selected the proposal; its title and summary become public, and its theme is
 * awarded.
 *
 * @param proposalId the store id of the proposal
 * @param themeId the store id of its theme
 * @param companyId the store id of its company
 */
public record ProposalSelected(String proposalId, String themeId, String companyId) implements ProposalEvent {
}
