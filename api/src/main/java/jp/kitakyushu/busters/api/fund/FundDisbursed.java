package jp.kitakyushu.busters.api.fund;

/**
 * Published after the fund paid part of a proposal's allocation for one of its
 * milestones, so the proposing company can be told.
 *
 * @param proposalId the store id of the proposal paid
 * @param companyId the store id of the proposing company
 * @param amount the yen paid
 * @param milestone the milestone paid for
 */
public record FundDisbursed(String proposalId, String companyId, long amount, String milestone) {
}
