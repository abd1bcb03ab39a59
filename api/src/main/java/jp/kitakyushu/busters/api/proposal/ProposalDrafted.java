package jp.kitakyushu.busters.api.proposal;

/**
 * A company's member drafted a proposal; only the company sees it.
 *
 * @param proposalId the store id of the proposal
 * @param themeId the store id of its theme
 * @param companyId the store id of its company
 */
public record ProposalDrafted(String proposalId, String themeId, String companyId) implements ProposalEvent {
}
