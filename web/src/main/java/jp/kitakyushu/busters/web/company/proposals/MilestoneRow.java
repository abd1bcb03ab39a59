package jp.kitakyushu.busters.web.company.proposals;

import org.jspecify.annotations.Nullable;

/**
 * One line of a proposal's plan as typed: what, when, how much.
 *
 * @param title what is delivered
 * @param dueDate when, e.g. 2027-06-30
 * @param amount what it costs in yen, e.g. 1,500,000
 */
public record MilestoneRow(@Nullable String title, @Nullable String dueDate, @Nullable String amount) {

	static MilestoneRow blank() {
		return new MilestoneRow("", "", "");
	}

	/** Whether nothing was typed on the line (such lines are left out). */
	boolean isBlank() {
		return ProposalForm.text(this.title).isEmpty() && ProposalForm.text(this.dueDate).isEmpty()
				&& ProposalForm.text(this.amount).isEmpty();
	}

}
