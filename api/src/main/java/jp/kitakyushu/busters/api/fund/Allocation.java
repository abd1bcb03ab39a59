package jp.kitakyushu.busters.api.fund;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the fund has promised one proposal, and how much of it was paid out, in one
 * document changed only by conditional atomic increments: {@code remaining} never goes
 * below zero, so disbursed never exceeds allocated, and allocated never exceeds what the
 * proposal requested.
 *
 * @param proposalId the proposal (also this document's id: one allocation per proposal,
 * topped up by further allocations)
 * @param requested what the proposal requested, the ceiling of {@code amount}
 * @param amount allocated so far, net of reversals
 * @param disbursed paid out so far, net of reversals
 * @param remaining amount minus disbursed
 */
@Document("fund_allocations")
public record Allocation(@Id String proposalId, long requested, long amount, long disbursed, long remaining) {
}
