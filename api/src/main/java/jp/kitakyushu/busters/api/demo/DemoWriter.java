package jp.kitakyushu.busters.api.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.api.audit.AuditLog.Importer;
import jp.kitakyushu.busters.api.company.CompanyImport;
import jp.kitakyushu.busters.api.company.CompanyMember;
import jp.kitakyushu.busters.api.company.CompanyStatus;
import jp.kitakyushu.busters.api.company.ImportedCompany;
import jp.kitakyushu.busters.api.demo.DemoSeeds.CompanySeed;
import jp.kitakyushu.busters.api.demo.DemoSeeds.ContributionSeed;
import jp.kitakyushu.busters.api.demo.DemoSeeds.FundSeed;
import jp.kitakyushu.busters.api.demo.DemoSeeds.MilestoneSeed;
import jp.kitakyushu.busters.api.demo.DemoSeeds.OutcomeSeed;
import jp.kitakyushu.busters.api.demo.DemoSeeds.ProblemSeed;
import jp.kitakyushu.busters.api.demo.DemoSeeds.ProposalSeed;
import jp.kitakyushu.busters.api.demo.DemoSeeds.ThemeSeed;
import jp.kitakyushu.busters.api.fund.Allocation;
import jp.kitakyushu.busters.api.fund.EntryKind;
import jp.kitakyushu.busters.api.fund.FundAccount;
import jp.kitakyushu.busters.api.fund.FundImport;
import jp.kitakyushu.busters.api.fund.LedgerEntry;
import jp.kitakyushu.busters.api.outcome.OutcomeImport;
import jp.kitakyushu.busters.api.outcome.OutcomeMetrics;
import jp.kitakyushu.busters.api.outcome.OutcomeReport;
import jp.kitakyushu.busters.api.problem.Channel;
import jp.kitakyushu.busters.api.problem.Contact;
import jp.kitakyushu.busters.api.problem.GeoPoint;
import jp.kitakyushu.busters.api.problem.ImportedProblem;
import jp.kitakyushu.busters.api.problem.IntakeMethod;
import jp.kitakyushu.busters.api.problem.ProblemImport;
import jp.kitakyushu.busters.api.problem.ProblemStatus;
import jp.kitakyushu.busters.api.problem.Ward;
import jp.kitakyushu.busters.api.proposal.ImportedProposal;
import jp.kitakyushu.busters.api.proposal.Milestone;
import jp.kitakyushu.busters.api.proposal.ProposalImport;
import jp.kitakyushu.busters.api.proposal.ProposalStatus;
import jp.kitakyushu.busters.api.theme.Criterion;
import jp.kitakyushu.busters.api.theme.ImportedTheme;
import jp.kitakyushu.busters.api.theme.ThemeImport;
import jp.kitakyushu.busters.api.theme.ThemeStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Turns the demo files into the features' own past records and hands each to the feature
 * that owns it, in their final states (an adopted problem, an awarded theme) as an import
 * of past records would be, rather than replayed through the live rules that would refuse
 * deadlines in the past. Every feature stores only what is missing, so a second load adds
 * nothing.
 */
@Component
class DemoWriter {

	/** Who the audit trail says brought the demo data in. */
	static final Importer IMPORTER = new Importer("demo-import", "demo data", "classpath:demo");

	private final ProblemImport problems;

	private final ThemeImport themes;

	private final CompanyImport companies;

	private final ProposalImport proposals;

	private final FundImport fund;

	private final OutcomeImport outcomes;

	DemoWriter(ProblemImport problems, ThemeImport themes, CompanyImport companies, ProposalImport proposals,
			FundImport fund, OutcomeImport outcomes) {
		this.problems = problems;
		this.themes = themes;
		this.companies = companies;
		this.proposals = proposals;
		this.fund = fund;
		this.outcomes = outcomes;
	}

	int problems(List<ProblemSeed> seeds, List<ThemeSeed> themes, OutcomeSeed outcome, Accounts accounts, Instant now) {
		int inserted = 0;
		for (ProblemSeed seed : seeds) {
			Optional<ThemeSeed> theme = themes.stream()
				.filter((t) -> !"DRAFT".equals(t.status()) && t.problemKeys().contains(seed.key()))
				.findFirst();
			String submitter = accounts.subject(seed.submitter());
			List<String> supporters = new ArrayList<>();
			for (int i = 1; i <= seed.supporters(); i++) {
				supporters.add(String.format("demo-supporter-%03d", i));
			}
			ProblemStatus status = ProblemStatus.valueOf(seed.status());
			ImportedProblem past = new ImportedProblem(DemoIds.of(seed.key()), seed.title(), seed.body(),
					seed.category(), Ward.valueOf(seed.ward()),
					(seed.lat() != null && seed.lon() != null) ? new GeoPoint(seed.lat(), seed.lon()) : null,
					Channel.valueOf(seed.channel()),
					(seed.intakeMethod() != null) ? IntakeMethod.valueOf(seed.intakeMethod()) : null, submitter,
					(submitter == null) ? accounts.subject("staff") : null, contact(seed, accounts), status,
					seed.rejectionReason(), (seed.mergedInto() != null) ? DemoIds.of(seed.mergedInto()) : null,
					theme.map((t) -> List.of(DemoIds.of(t.key()))).orElse(List.of()),
					(status == ProblemStatus.RESOLVED) ? List.of(DemoIds.of(outcome.proposalKey())) : List.of(),
					supporters, written(now.minus(Duration.ofDays(seed.daysAgo())), now));
			inserted += this.problems.importIfAbsent(past, IMPORTER) ? 1 : 0;
		}
		return inserted;
	}

	int themes(List<ThemeSeed> seeds, Accounts accounts, Instant now) {
		int inserted = 0;
		for (ThemeSeed seed : seeds) {
			Instant opensAt = now.minus(Duration.ofDays(seed.opensDaysAgo()));
			ImportedTheme past = new ImportedTheme(DemoIds.of(seed.key()), seed.title(), seed.description(),
					seed.category(), seed.problemKeys().stream().map(DemoIds::of).toList(), seed.expectedOutcomes(),
					seed.budgetCap(), opensAt, now.plus(Duration.ofDays(seed.closesInDays())),
					seed.criteria().stream().map((c) -> new Criterion(c.name(), c.weight(), c.description())).toList(),
					ThemeStatus.valueOf(seed.status()), accounts.subject("staff"),
					written(opensAt.minus(Duration.ofDays(7)), now));
			inserted += this.themes.importIfAbsent(past, IMPORTER) ? 1 : 0;
		}
		return inserted;
	}

	int companies(List<CompanySeed> seeds, Accounts accounts, Instant now) {
		int inserted = 0;
		Instant created = now.minus(Duration.ofDays(120));
		for (CompanySeed seed : seeds) {
			List<CompanyMember> members = new ArrayList<>();
			for (String username : seed.members()) {
				members.add(new CompanyMember(accounts.subject(username), accounts.name(username), created));
			}
			if (members.isEmpty()) {
				// A company whose people have no demo account: its manager exists only
				// here.
				members.add(new CompanyMember(owner(seed.key()), null, created));
			}
			ImportedCompany past = new ImportedCompany(DemoIds.of(seed.key()), seed.name(), seed.corporateNumber(),
					seed.description(), seed.capabilities(), seed.tags(), members, CompanyStatus.valueOf(seed.status()),
					created.plus(Duration.ofDays(2)), created);
			inserted += this.companies.importIfAbsent(past, IMPORTER) ? 1 : 0;
		}
		return inserted;
	}

	int proposals(List<ProposalSeed> seeds, List<ThemeSeed> themes, List<CompanySeed> companies, Accounts accounts,
			Instant now) {
		Map<String, ThemeSeed> themesByKey = new LinkedHashMap<>();
		themes.forEach((theme) -> themesByKey.put(theme.key(), theme));
		int inserted = 0;
		for (ProposalSeed seed : seeds) {
			ThemeSeed theme = themesByKey.get(seed.themeKey());
			Instant submitted = now
				.minus(Duration.ofDays(theme.opensDaysAgo() - 10 - Math.floorMod(seed.key().hashCode(), 5)));
			Instant decided = now.plus(Duration.ofDays(theme.closesInDays() + 5));
			ProposalStatus status = ProposalStatus.valueOf(seed.status());
			boolean wasSubmitted = status != ProposalStatus.DRAFT;
			boolean isDecided = List.of("SELECTED", "NOT_SELECTED", "IN_PROGRESS", "COMPLETED").contains(seed.status());
			List<Milestone> milestones = seed.milestones()
				.stream()
				.map((m) -> new Milestone(m.title(), now.plus(Duration.ofDays(m.dueInDays())), m.amount()))
				.toList();
			ImportedProposal past = new ImportedProposal(DemoIds.of(seed.key()), DemoIds.of(seed.themeKey()),
					DemoIds.of(seed.companyKey()), manager(seed.companyKey(), companies, accounts), seed.title(),
					seed.summary(), seed.approach(), seed.requestedAmount(), milestones, status,
					wasSubmitted ? submitted : null, isDecided ? decided : null, seed.decisionReason(),
					written(submitted.minus(Duration.ofDays(3)), now));
			inserted += this.proposals.importIfAbsent(past, IMPORTER) ? 1 : 0;
		}
		return inserted;
	}

	int fund(FundSeed seed, List<ProposalSeed> proposals, List<CompanySeed> companies, Accounts accounts, Instant now) {
		int inserted = 0;
		long contributed = 0;
		String staff = accounts.subject("staff");
		for (int i = 0; i < seed.contributions().size(); i++) {
			ContributionSeed contribution = seed.contributions().get(i);
			contributed += contribution.amount();
			inserted += count(this.fund.importIfAbsent(new LedgerEntry(DemoIds.of("contribution-" + i),
					EntryKind.CONTRIBUTION, contribution.amount(), contribution.donor(), contribution.anonymous(), null,
					null, null, null, null, now.minus(Duration.ofDays(contribution.daysAgo())), staff)));
		}
		OutcomeSeed outcome = seed.outcome();
		ProposalSeed funded = proposals.stream()
			.filter((p) -> p.key().equals(outcome.proposalKey()))
			.findFirst()
			.orElseThrow();
		String proposalId = DemoIds.of(funded.key());
		long allocated = funded.requestedAmount();
		MilestoneSeed firstMilestone = funded.milestones().get(0);
		long disbursed = firstMilestone.amount();
		inserted += count(this.fund
			.importIfAbsent(new LedgerEntry(DemoIds.of("allocation-" + funded.key()), EntryKind.ALLOCATION, allocated,
					null, false, proposalId, null, null, null, null, now.minus(Duration.ofDays(20)), staff)));
		inserted += count(this.fund.importIfAbsent(new LedgerEntry(DemoIds.of("disbursement-" + funded.key()),
				EntryKind.DISBURSEMENT, disbursed, null, false, proposalId, firstMilestone.title(), null, null, null,
				now.minus(Duration.ofDays(10)), staff)));
		inserted += count(this.fund.importIfAbsent(
				new Allocation(proposalId, funded.requestedAmount(), allocated, disbursed, allocated - disbursed)));
		inserted += count(this.fund.importIfAbsent(
				new FundAccount(FundAccount.ID, contributed, allocated, disbursed, contributed - allocated)));
		String author = manager(funded.companyKey(), companies, accounts);
		// Signed with the manager's name as a report written on the site is, so the
		// company's page does not say "no name registered" beside the demo's reports.
		String authorName = accounts.name(managerUsername(funded.companyKey(), companies));
		for (int i = 0; i < outcome.reports().size(); i++) {
			inserted += count(this.outcomes.importIfAbsent(new OutcomeReport(DemoIds.of("report-" + i), proposalId,
					outcome.reports().get(i), author, authorName, false, now.minus(Duration.ofDays(15 - 5 * i)))));
		}
		inserted += count(this.outcomes.importIfAbsent(new OutcomeMetrics(DemoIds.of("metrics-" + funded.key()),
				proposalId, now.minus(Duration.ofDays(3)), outcome.staffHoursSavedPerYear(), outcome.citizensReached(),
				outcome.satisfactionDelta(), null, staff, now.minus(Duration.ofDays(3)))));
		return inserted;
	}

	/** Links the funded proposal to the problems its demonstration resolved. */
	int resolutions(List<ProblemSeed> problems, OutcomeSeed outcome, Instant now) {
		List<String> resolved = problems.stream()
			.filter((p) -> "RESOLVED".equals(p.status()))
			.map((p) -> DemoIds.of(p.key()))
			.toList();
		return count(this.outcomes.importResolutionsIfAbsent(DemoIds.of(outcome.proposalKey()), resolved,
				now.minus(Duration.ofDays(3))));
	}

	private static Contact contact(ProblemSeed seed, Accounts accounts) {
		if (seed.contact() != null) {
			Map<String, String> contact = seed.contact();
			return new Contact(contact.get("name"), contact.get("phone"), contact.get("email"), contact.get("address"),
					contact.get("note"));
		}
		return new Contact(accounts.name(seed.submitter()), null,
				(seed.submitter() != null) ? seed.submitter() + "@demo.busters.example" : null, null, null);
	}

	/** The member who manages a demo company: its first listed member, or its owner. */
	private static String manager(String companyKey, List<CompanySeed> companies, Accounts accounts) {
		String username = managerUsername(companyKey, companies);
		String subject = accounts.subject(username);
		return (subject != null) ? subject : owner(companyKey);
	}

	/** The demo account that manages a company: its first member, if it has one. */
	private static @Nullable String managerUsername(String companyKey, List<CompanySeed> companies) {
		return companies.stream()
			.filter((company) -> company.key().equals(companyKey) && !company.members().isEmpty())
			.map((company) -> company.members().get(0))
			.findFirst()
			.orElse(null);
	}

	private static String owner(String companyKey) {
		return "demo-owner-" + companyKey;
	}

	/**
	 * Nothing is written in the future (a theme opening next month was drafted before
	 * now).
	 */
	private static Instant written(Instant created, Instant now) {
		return created.isAfter(now) ? now : created;
	}

	private static int count(boolean inserted) {
		return inserted ? 1 : 0;
	}

	/**
	 * The demo realm's accounts by username.
	 *
	 * @param accounts the configured accounts
	 */
	record Accounts(Map<String, DemoProperties.Account> accounts) {

		@Nullable String subject(@Nullable String username) {
			if (username == null) {
				return null;
			}
			DemoProperties.Account account = this.accounts.get(username);
			return (account != null) ? account.subject() : "demo-" + username;
		}

		@Nullable String name(@Nullable String username) {
			DemoProperties.Account account = (username != null) ? this.accounts.get(username) : null;
			return (account != null) ? account.name() : null;
		}

	}

}
