package jp.kitakyushu.busters.api.demo;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The shapes of the files under {@code classpath:demo/}.
 */
final class DemoSeeds {

	private DemoSeeds() {
	}

	record ProblemSeed(String key, String title, String body, String category, String ward, @Nullable Double lat,
			@Nullable Double lon, String status, @Nullable String submitter, String channel,
			@Nullable String intakeMethod, @Nullable Map<String, String> contact, @Nullable String rejectionReason,
			@Nullable String mergedInto, int supporters, int daysAgo) {
	}

	record CriterionSeed(String name, int weight, String description) {
	}

	record ThemeSeed(String key, String title, String description, String category, List<String> problemKeys,
			List<String> expectedOutcomes, long budgetCap, int opensDaysAgo, int closesInDays, String status,
			List<CriterionSeed> criteria) {
	}

	record CompanySeed(String key, String name, String corporateNumber, String description, String capabilities,
			List<String> tags, String status, List<String> members) {
	}

	record MilestoneSeed(String title, int dueInDays, long amount) {
	}

	record ProposalSeed(String key, String themeKey, String companyKey, String title, String summary, String approach,
			long requestedAmount, List<MilestoneSeed> milestones, String status, @Nullable String decisionReason) {
	}

	record ContributionSeed(String donor, long amount, int daysAgo, boolean anonymous) {
	}

	record OutcomeSeed(String proposalKey, List<String> reports, int staffHoursSavedPerYear, int citizensReached,
			double satisfactionDelta) {
	}

	record FundSeed(List<ContributionSeed> contributions, OutcomeSeed outcome) {
	}

}
