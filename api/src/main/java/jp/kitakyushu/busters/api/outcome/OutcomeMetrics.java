package jp.kitakyushu.busters.api.outcome;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a demonstration achieved as of a date. Records are never edited: a later record
 * supersedes an earlier one, and the history stays for the annual report.
 *
 * @param id the record's id
 * @param proposalId the store id of the proposal
 * @param asOf the date the figures describe
 * @param staffHoursSavedPerYear city staff hours saved per year
 * @param citizensReached how many citizens the demonstration reached
 * @param satisfactionChangePoints the change in citizen satisfaction, in percentage
 * points
 * @param note how the figures were measured
 * @param recordedBy the staff member's subject
 * @param recordedAt when it was recorded
 */
@Document("outcome_metrics")
public record OutcomeMetrics(@Id @Nullable String id, @Indexed String proposalId, Instant asOf,
		int staffHoursSavedPerYear, int citizensReached, double satisfactionChangePoints, @Nullable String note,
		String recordedBy, Instant recordedAt) {
}
