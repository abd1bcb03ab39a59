package jp.kitakyushu.busters.api.proposal;

import java.time.Instant;

/**
 * One step of a proposal's plan.
 *
 * @param title what is delivered
 * @param dueDate when it is due
 * @param amount what it costs, in yen
 */
public record Milestone(String title, Instant dueDate, long amount) {
}
