package jp.kitakyushu.busters.api.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import jp.kitakyushu.busters.api.fund.LedgerEntry;
import jp.kitakyushu.busters.api.outcome.OutcomeMetrics;
import jp.kitakyushu.busters.api.outcome.OutcomeReport;
import jp.kitakyushu.busters.api.privacy.PersonalDataRedactor;
import jp.kitakyushu.busters.api.theme.Criterion;
import jp.kitakyushu.busters.api.theme.Theme;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes the demo objects as the store holds them, each only if its id is not there yet.
 * The objects are written whole, in their final states (an adopted problem, an awarded
 * theme), as an import of past records would be, rather than replayed through the live
 * rules that would refuse deadlines in the past.
 */
final class DemoWriter {

	private static final String IMPORTER = "demo-import";

	private final MongoTemplate mongo;

	private final DemoProperties properties;

	private final Instant now;

	private final PersonalDataRedactor redactor = PersonalDataRedactor.standard();

	DemoWriter(MongoTemplate mongo, DemoProperties properties, Instant now) {
		this.mongo = mongo;
		this.properties = properties;
		this.now = now;
	}

	int problems(List<ProblemSeed> seeds, List<ThemeSeed> themes, OutcomeSeed outcome) {
		int inserted = 0;
		for (ProblemSeed seed : seeds) {
			Instant created = daysAgo(seed.daysAgo());
			Optional<ThemeSeed> theme = themes.stream()
				.filter((t) -> !"DRAFT".equals(t.status()) && t.problemKeys().contains(seed.key()))
				.findFirst();
			String submitter = subject(seed.submitter());
			Document problem = entity(seed.key(), created).append("title", seed.title())
				.append("body", seed.body())
				.append("publicTitle", this.redactor.redact(seed.title()))
				.append("publicBody", this.redactor.redact(seed.body()))
				.append("category", seed.category())
				.append("ward", seed.ward())
				.append("location",
						(seed.lat() != null && seed.lon() != null)
								? new Document("lat", seed.lat()).append("lon", seed.lon()) : null)
				.append("channel", seed.channel())
				.append("intakeMethod", seed.intakeMethod())
				.append("submitter", submitter)
				.append("enteredBy", (submitter == null) ? subject("staff") : null)
				.append("contact", contact(seed))
				.append("status", seed.status())
				.append("rejectionReason", seed.rejectionReason())
				.append("mergedInto", (seed.mergedInto() != null) ? DemoIds.of(seed.mergedInto()) : null)
				.append("themeIds", theme.map((t) -> List.of(DemoIds.of(t.key()))).orElse(List.of()))
				.append("resolvedBy",
						"RESOLVED".equals(seed.status()) ? List.of(DemoIds.of(outcome.proposalKey())) : List.of())
				.append("supporterCount", (long) seed.supporters());
			if (insertIfAbsent("problems", problem)) {
				inserted++;
				audit("problem.import", "Problem", seed.key(), created);
				for (int i = 1; i <= seed.supporters(); i++) {
					String supporter = String.format("demo-supporter-%03d", i);
					insertIfAbsent("problem_supports",
							new Document("_id", DemoIds.of(seed.key()) + "|" + supporter)
								.append("problemId", DemoIds.of(seed.key()))
								.append("subject", supporter)
								.append("createdAt", Date.of(created.plus(Duration.ofHours(i)))));
				}
				if (theme.isPresent() && submitter != null) {
					insertIfAbsent("notifications",
							entity("notice-" + seed.key(), created.plus(Duration.ofDays(1)))
								.append("recipient", submitter)
								.append("kind", "PROBLEM_ADOPTED")
								.append("problemId", DemoIds.of(seed.key()))
								.append("themeId", DemoIds.of(theme.get().key()))
								.append("readAt", null));
				}
			}
		}
		return inserted;
	}

	int themes(List<ThemeSeed> seeds) {
		int inserted = 0;
		for (ThemeSeed seed : seeds) {
			Instant opensAt = daysAgo(seed.opensDaysAgo());
			Theme theme = new Theme(seed.title(), seed.description(), seed.category(), subject("staff"));
			theme.setSourceProblemIds(seed.problemKeys().stream().map(DemoIds::of).toList());
			theme.setExpectedOutcomes(seed.expectedOutcomes());
			theme.setBudgetCap(seed.budgetCap());
			theme.setCallWindow(opensAt, this.now.plus(Duration.ofDays(seed.closesInDays())));
			theme.setCriteria(
					seed.criteria().stream().map((c) -> new Criterion(c.name(), c.weight(), c.description())).toList());
			Document document = new Document();
			this.mongo.getConverter().write(theme, document);
			Instant created = opensAt.minus(Duration.ofDays(7));
			document.putAll(entity(seed.key(), created));
			document.put("status", seed.status());
			if (insertIfAbsent("themes", document)) {
				inserted++;
				audit("theme.import", "Theme", seed.key(), created);
			}
		}
		return inserted;
	}

	int companies(List<CompanySeed> seeds) {
		int inserted = 0;
		for (CompanySeed seed : seeds) {
			Instant created = daysAgo(120);
			List<Document> members = new ArrayList<>();
			for (String username : seed.members()) {
				members.add(new Document("subject", subject(username)).append("name", name(username))
					.append("joinedAt", Date.of(created)));
			}
			if (members.isEmpty()) {
				// A company whose people have no demo account: its owner exists only
				// here.
				members.add(new Document("subject", "demo-owner-" + seed.key()).append("name", null)
					.append("joinedAt", Date.of(created)));
			}
			Document company = entity(seed.key(), created).append("name", seed.name())
				.append("corporateNumber", seed.corporateNumber())
				.append("description", seed.description())
				.append("capabilities", seed.capabilities())
				.append("tags", seed.tags())
				.append("members", members)
				.append("manager", members.get(0).getString("subject"))
				.append("status", seed.status())
				.append("verifiedAt", Date.of(created.plus(Duration.ofDays(2))));
			if (insertIfAbsent("companies", company)) {
				inserted++;
				audit("company.import", "Company", seed.key(), created);
			}
		}
		return inserted;
	}

	int proposals(List<ProposalSeed> seeds, List<ThemeSeed> themes) {
		Map<String, ThemeSeed> themesByKey = new LinkedHashMap<>();
		themes.forEach((theme) -> themesByKey.put(theme.key(), theme));
		int inserted = 0;
		for (ProposalSeed seed : seeds) {
			ThemeSeed theme = themesByKey.get(seed.themeKey());
			Instant submitted = daysAgo(theme.opensDaysAgo() - 10 - Math.floorMod(seed.key().hashCode(), 5));
			Instant decided = this.now.plus(Duration.ofDays(theme.closesInDays() + 5));
			boolean wasSubmitted = !"DRAFT".equals(seed.status());
			boolean isDecided = List.of("SELECTED", "NOT_SELECTED", "IN_PROGRESS", "COMPLETED").contains(seed.status());
			List<Document> milestones = new ArrayList<>();
			for (MilestoneSeed milestone : seed.milestones()) {
				milestones.add(new Document("title", milestone.title())
					.append("dueDate", Date.of(this.now.plus(Duration.ofDays(milestone.dueInDays()))))
					.append("amount", milestone.amount()));
			}
			Document proposal = entity(seed.key(), submitted.minus(Duration.ofDays(3)))
				.append("themeId", DemoIds.of(seed.themeKey()))
				.append("companyId", DemoIds.of(seed.companyKey()))
				.append("createdBy", companyMember(seed.companyKey()))
				.append("title", seed.title())
				.append("summary", seed.summary())
				.append("publicTitle", this.redactor.redact(seed.title()))
				.append("publicSummary", this.redactor.redact(seed.summary()))
				.append("approach", seed.approach())
				.append("requestedAmount", seed.requestedAmount())
				.append("milestones", milestones)
				.append("status", seed.status())
				.append("submittedAt", wasSubmitted ? Date.of(submitted) : null)
				.append("decidedAt", isDecided ? Date.of(decided) : null)
				.append("decisionReason", seed.decisionReason());
			if (insertIfAbsent("proposals", proposal)) {
				inserted++;
				audit("proposal.import", "Proposal", seed.key(), submitted);
			}
		}
		return inserted;
	}

	int fund(FundSeed seed, List<ProposalSeed> proposals) {
		int inserted = 0;
		long contributed = 0;
		for (int i = 0; i < seed.contributions().size(); i++) {
			ContributionSeed contribution = seed.contributions().get(i);
			contributed += contribution.amount();
			LedgerEntry entry = new LedgerEntry(DemoIds.of("contribution-" + i), EntryKind.CONTRIBUTION,
					contribution.amount(), contribution.donor(), contribution.anonymous(), null, null, null, null, null,
					daysAgo(contribution.daysAgo()), subject("staff"));
			inserted += insertRecordIfAbsent(entry);
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
		inserted += insertRecordIfAbsent(new LedgerEntry(DemoIds.of("allocation-" + funded.key()), EntryKind.ALLOCATION,
				allocated, null, false, proposalId, null, null, null, null, daysAgo(20), subject("staff")));
		inserted += insertRecordIfAbsent(
				new LedgerEntry(DemoIds.of("disbursement-" + funded.key()), EntryKind.DISBURSEMENT, disbursed, null,
						false, proposalId, firstMilestone.title(), null, null, null, daysAgo(10), subject("staff")));
		inserted += insertRecordIfAbsent(
				new Allocation(proposalId, funded.requestedAmount(), allocated, disbursed, allocated - disbursed));
		inserted += insertRecordIfAbsent(
				new FundAccount(FundAccount.ID, contributed, allocated, disbursed, contributed - allocated));
		for (int i = 0; i < outcome.reports().size(); i++) {
			inserted += insertRecordIfAbsent(new OutcomeReport(DemoIds.of("report-" + i), proposalId,
					outcome.reports().get(i), companyMember(funded.companyKey()), null, false, daysAgo(15 - 5 * i)));
		}
		inserted += insertRecordIfAbsent(new OutcomeMetrics(DemoIds.of("metrics-" + funded.key()), proposalId,
				daysAgo(3), outcome.staffHoursSavedPerYear(), outcome.citizensReached(), outcome.satisfactionDelta(),
				null, subject("staff"), daysAgo(3)));
		return inserted;
	}

	/** Links the funded proposal to the problems its demonstration resolved. */
	int resolutions(List<ProblemSeed> problems, OutcomeSeed outcome) {
		List<String> resolved = problems.stream()
			.filter((p) -> "RESOLVED".equals(p.status()))
			.map((p) -> DemoIds.of(p.key()))
			.toList();
		Document document = new Document("_id", DemoIds.objectId(outcome.proposalKey())).append("problemIds", resolved)
			.append("updatedAt", Date.of(daysAgo(3)));
		return insertIfAbsent("outcome_resolutions", document) ? 1 : 0;
	}

	private int insertRecordIfAbsent(Object record) {
		Document document = new Document();
		this.mongo.getConverter().write(record, document);
		String collection = this.mongo.getCollectionName(record.getClass());
		return insertIfAbsent(collection, document) ? 1 : 0;
	}

	private boolean insertIfAbsent(String collection, Document document) {
		Object id = document.get("_id");
		if (this.mongo.getCollection(collection).countDocuments(new Document("_id", id)) > 0) {
			return false;
		}
		this.mongo.getCollection(collection).insertOne(document);
		return true;
	}

	private void audit(String action, String type, String key, Instant at) {
		insertIfAbsent("audit_entries",
				new Document("_id", DemoIds.objectId("audit-" + key)).append("actor", IMPORTER)
					.append("actorName", "demo data")
					.append("action", action)
					.append("entityType", type)
					.append("entityId", DemoIds.of(key))
					.append("at", Date.of(at))
					.append("change", new Document("source", "classpath:demo")));
	}

	private Document entity(String key, Instant created) {
		// Nothing is written in the future (a theme opening next month was drafted before
		// now):
		// index followers take the newest change time as how far they have read.
		Instant written = created.isAfter(this.now) ? this.now : created;
		return new Document("_id", DemoIds.objectId(key)).append("version", 0L)
			.append("createdAt", Date.of(written))
			.append("updatedAt", Date.of(written));
	}

	private @Nullable Document contact(ProblemSeed seed) {
		if (seed.contact() != null) {
			Map<String, String> contact = seed.contact();
			return new Document("name", contact.get("name")).append("phone", contact.get("phone"))
				.append("email", contact.get("email"))
				.append("address", contact.get("address"))
				.append("note", contact.get("note"));
		}
		return new Document("name", name(seed.submitter())).append("email",
				(seed.submitter() != null) ? seed.submitter() + "@demo.busters.example" : null);
	}

	private String companyMember(String companyKey) {
		Document company = this.mongo.getCollection("companies")
			.find(new Document("_id", DemoIds.objectId(companyKey)))
			.first();
		return (company != null) ? company.getString("manager") : "demo-owner-" + companyKey;
	}

	private @Nullable String subject(@Nullable String username) {
		if (username == null) {
			return null;
		}
		DemoProperties.Account account = this.properties.accounts().get(username);
		return (account != null) ? account.subject() : "demo-" + username;
	}

	private @Nullable String name(@Nullable String username) {
		DemoProperties.Account account = (username != null) ? this.properties.accounts().get(username) : null;
		return (account != null) ? account.name() : null;
	}

	private Instant daysAgo(int days) {
		return this.now.minus(Duration.ofDays(days));
	}

	/** Dates as the MongoDB driver stores instants. */
	private static final class Date {

		static java.util.Date of(Instant instant) {
			return java.util.Date.from(instant);
		}

	}

}
