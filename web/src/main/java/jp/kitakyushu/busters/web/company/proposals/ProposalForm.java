package jp.kitakyushu.busters.web.company.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A proposal as its author types it, every field kept as text so nothing is lost when a
 * field needs fixing.
 *
 * @param themeId the theme it answers
 * @param companyId the organisation proposing
 * @param title a short title
 * @param summary the summary, public if the proposal is selected
 * @param approach how the company would do it, its trade secret
 * @param requestedAmount the yen requested, at most the theme's cap
 * @param milestones the plan, line by line
 * @param idempotencyKey makes a repeated first save create one draft
 */
public record ProposalForm(@Nullable String themeId, @Nullable String companyId, @Nullable String title,
		@Nullable String summary, @Nullable String approach, @Nullable String requestedAmount,
		@Nullable List<MilestoneRow> milestones, @Nullable String idempotencyKey) {

	/** How many plan lines a blank form offers. */
	static final int STARTING_ROWS = 3;

	/** The most lines a plan may have (the api's limit). */
	static final int MAX_ROWS = 24;

	static ProposalForm blank(String themeId, String companyId) {
		List<MilestoneRow> rows = new ArrayList<>();
		for (int i = 0; i < STARTING_ROWS; i++) {
			rows.add(MilestoneRow.blank());
		}
		return new ProposalForm(themeId, companyId, "", "", "", "", rows, UUID.randomUUID().toString());
	}

	/** The plan lines as typed, never null. */
	List<MilestoneRow> rows() {
		return (this.milestones != null) ? this.milestones : List.of();
	}

	/** The same input with an idempotency key, keeping the one it has. */
	ProposalForm withKey() {
		return (this.idempotencyKey != null && !this.idempotencyKey.isBlank()) ? this
				: new ProposalForm(this.themeId, this.companyId, this.title, this.summary, this.approach,
						this.requestedAmount, this.milestones, UUID.randomUUID().toString());
	}

	/** What the fit is worked out from: everything the author wrote. */
	String textForMatching() {
		return String.join("\n", text(this.title), text(this.summary), text(this.approach)).strip();
	}

	static String text(@Nullable String value) {
		return (value != null) ? value.strip() : "";
	}

}
