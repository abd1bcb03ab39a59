package jp.kitakyushu.busters.api.proposal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jp.kitakyushu.busters.api.proposal.ProposalInputs.MilestoneInput;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * The rules a proposal's content follows: lengths and amounts always (a draft may be
 * incomplete but never wrong), completeness on submission.
 */
final class ProposalChecks {

	static final int MAX_TITLE = 120;

	static final int MAX_SUMMARY = 1000;

	static final int MAX_APPROACH = 10_000;

	static final int MAX_MILESTONES = 24;

	static final int MAX_REASON = 1000;

	/** How long after the call a plan may run. */
	static final int MAX_YEARS_AFTER_CALL = 3;

	private ProposalChecks() {
	}

	/** Length limits of the texts given (null: not given). */
	static Checks texts(Checks checks, @Nullable String title, @Nullable String summary, @Nullable String approach) {
		if (title != null) {
			checks.text("title", title, MAX_TITLE);
		}
		if (summary != null) {
			checks.text("summary", summary, MAX_SUMMARY);
		}
		return checks.optionalText("approach", approach, MAX_APPROACH);
	}

	/** Each milestone on its own. */
	static Checks milestones(Checks checks, @Nullable List<MilestoneInput> milestones) {
		if (milestones == null) {
			return checks;
		}
		checks.check(milestones.size() <= MAX_MILESTONES, "milestones", UserErrorCode.OUT_OF_RANGE,
				"A plan has at most " + MAX_MILESTONES + " milestones (this one has " + milestones.size() + ").");
		for (int i = 0; i < milestones.size(); i++) {
			MilestoneInput milestone = milestones.get(i);
			String field = "milestones." + i;
			checks.text(field + ".title", milestone.title(), MAX_TITLE);
			checks.check(milestone.amount() >= 0, field + ".amount", UserErrorCode.OUT_OF_RANGE,
					"A milestone's amount cannot be negative.");
		}
		return checks;
	}

	/**
	 * The money: the requested amount within the theme's cap, and the milestones within
	 * the requested amount.
	 */
	static Checks amounts(Checks checks, long requested, List<Milestone> milestones, long budgetCap) {
		checks.check(requested >= 0, "requestedAmount", UserErrorCode.OUT_OF_RANGE,
				"The requested amount cannot be negative.");
		checks.check(requested <= budgetCap, "requestedAmount", UserErrorCode.OVER_LIMIT, "The requested amount of "
				+ yen(requested) + " exceeds the theme's budget cap of " + yen(budgetCap) + ".");
		long total = 0;
		for (Milestone milestone : milestones) {
			total = (milestone.amount() > Long.MAX_VALUE - total) ? Long.MAX_VALUE : total + milestone.amount();
		}
		if (requested > 0 || total > 0) {
			checks.check(total <= requested, "milestones", UserErrorCode.OVER_LIMIT, "The milestones add up to "
					+ yen(total) + ", more than the requested amount of " + yen(requested) + ".");
		}
		return checks;
	}

	/**
	 * The plan's dates: a demonstration is funded only after the call closes and
	 * selection, so every milestone falls after the deadline, and within
	 * {@link #MAX_YEARS_AFTER_CALL} years of it, since the programme reports results the
	 * following years.
	 */
	static Checks dates(Checks checks, List<Milestone> milestones, @Nullable Instant callCloses) {
		if (callCloses == null) {
			return checks;
		}
		Instant latest = callCloses.atZone(ZoneOffset.UTC).plusYears(MAX_YEARS_AFTER_CALL).toInstant();
		for (int i = 0; i < milestones.size(); i++) {
			Instant due = milestones.get(i).dueDate();
			checks.check(due.isAfter(callCloses), "milestones." + i + ".dueDate", UserErrorCode.OUT_OF_RANGE,
					"A milestone is due after the call closes on " + callCloses + ", when proposals are selected.");
			checks.check(!due.isAfter(latest), "milestones." + i + ".dueDate", UserErrorCode.OUT_OF_RANGE,
					"A milestone is due at most " + MAX_YEARS_AFTER_CALL + " years after the call closes.");
		}
		return checks;
	}

	/** What a proposal needs before it can be submitted. */
	static Checks complete(Checks checks, Proposal proposal) {
		checks.text("summary", proposal.getSummary(), MAX_SUMMARY);
		checks.check(!proposal.getApproach().isBlank(), "approach", UserErrorCode.REQUIRED,
				"Describe the approach before submitting.");
		checks.check(proposal.getRequestedAmount() > 0, "requestedAmount", UserErrorCode.REQUIRED,
				"Enter the amount you request before submitting.");
		checks.check(!proposal.getMilestones().isEmpty(), "milestones", UserErrorCode.REQUIRED,
				"Plan at least one milestone before submitting.");
		long planned = proposal.getMilestones().stream().mapToLong(Milestone::amount).sum();
		// More than requested is OVER_LIMIT (amounts); less leaves money without a plan.
		if (!proposal.getMilestones().isEmpty() && planned < proposal.getRequestedAmount()) {
			checks.add("milestones", UserErrorCode.INVALID, "The milestones add up to " + yen(planned)
					+ ", less than the requested " + yen(proposal.getRequestedAmount()) + "; plan the whole amount.");
		}
		return checks;
	}

	static List<Milestone> toMilestones(List<MilestoneInput> inputs) {
		return inputs.stream().map((m) -> new Milestone(m.title().strip(), m.dueDate(), m.amount())).toList();
	}

	private static String yen(long amount) {
		return String.format("%,d yen", amount);
	}

}
