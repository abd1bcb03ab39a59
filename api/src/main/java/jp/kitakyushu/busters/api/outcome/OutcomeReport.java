package jp.kitakyushu.busters.api.outcome;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A progress report on a demonstration: written once, never edited.
 *
 * @param id the report's id
 * @param proposalId the store id of the proposal
 * @param text what happened
 * @param author the author's subject
 * @param authorName the author's display name
 * @param byStaff whether staff wrote it
 * @param createdAt when
 * @param figures the figures the company stated with it, if any
 */
@Document("outcome_reports")
public record OutcomeReport(@Id @Nullable String id, @Indexed String proposalId, String text, String author,
		@Nullable String authorName, boolean byStaff, Instant createdAt, @Nullable ReportedFigures figures) {

	/** A report in words only. */
	public OutcomeReport(@Nullable String id, String proposalId, String text, String author,
			@Nullable String authorName, boolean byStaff, Instant createdAt) {
		this(id, proposalId, text, author, authorName, byStaff, createdAt, null);
	}

}
