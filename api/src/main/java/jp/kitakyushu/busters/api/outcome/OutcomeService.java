package jp.kitakyushu.busters.api.outcome;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.outcome.OutcomeInputs.OutcomeRecordMetricsInput;
import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.problem.ProblemService;
import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.proposal.ProposalReader;
import jp.kitakyushu.busters.api.proposal.ProposalService;
import jp.kitakyushu.busters.api.proposal.ProposalStatus;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Records what selected proposals' demonstrations achieved, and reads it back: reports
 * for the company and staff, metrics and resolved problems for everyone.
 */
@Service
public class OutcomeService {

	/** GraphQL type name of progress reports. */
	public static final String REPORT_TYPE = "OutcomeReport";

	/** GraphQL type name of metrics records. */
	public static final String METRICS_TYPE = "OutcomeMetrics";

	static final int MAX_TEXT = 4000;

	static final int MAX_NOTE = 1000;

	private final MongoTemplate mongo;

	private final ProposalQueries proposals;

	private final ProblemService problems;

	private final AuditLog audit;

	private final Clock clock;

	OutcomeService(MongoTemplate mongo, ProposalQueries proposals, ProblemService problems, AuditLog audit,
			Clock clock) {
		this.mongo = mongo;
		this.proposals = proposals;
		this.problems = problems;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('COMPANY', 'STAFF')")
	public OutcomeReport report(String proposalId, String text) {
		new Checks().text("text", text, MAX_TEXT).orThrow();
		Viewer author = Viewer.require();
		ProposalReader reader = this.proposals.reader();
		Proposal proposal = this.proposals.loadReadable(proposalId, "proposalId", reader);
		if (!reader.canReadConfidential(proposal)) {
			throw new UserErrorException(UserError.of("proposalId", UserErrorCode.NOT_ALLOWED,
					"Only the proposing company's members and staff report on a demonstration."));
		}
		requireDemonstration(proposal, "reported on");
		OutcomeReport stored = this.mongo.insert(new OutcomeReport(null, proposal.getId(), text.strip(),
				author.subject(), author.name(), author.has(Role.STAFF), this.clock.instant()));
		this.audit.record("outcome.report", REPORT_TYPE, id(stored.id()), Map.of("proposal", proposal.getId()));
		return stored;
	}

	@PreAuthorize("hasRole('STAFF')")
	public OutcomeMetrics recordMetrics(OutcomeRecordMetricsInput input) {
		Checks checks = new Checks().optionalText("note", input.note(), MAX_NOTE)
			.check(input.staffHoursSavedPerYear() >= 0, "staffHoursSavedPerYear", UserErrorCode.OUT_OF_RANGE,
					"Hours saved cannot be negative.")
			.check(input.citizensReached() >= 0, "citizensReached", UserErrorCode.OUT_OF_RANGE,
					"The number of citizens reached cannot be negative.")
			.check(Math.abs(input.satisfactionChangePoints()) <= 100, "satisfactionChangePoints",
					UserErrorCode.OUT_OF_RANGE, "A change in satisfaction is between -100 and 100 points.")
			.check(!input.asOf().isAfter(this.clock.instant().plus(Duration.ofDays(1))), "asOf",
					UserErrorCode.OUT_OF_RANGE, "Record figures for a date that has come, not " + input.asOf() + ".");
		checks.orThrow();
		Viewer staff = Viewer.require();
		Proposal proposal = this.proposals.loadReadable(input.proposalId(), "proposalId", this.proposals.reader());
		requireDemonstration(proposal, "measured");
		String note = (input.note() != null && !input.note().isBlank()) ? input.note().strip() : null;
		OutcomeMetrics stored = this.mongo.insert(new OutcomeMetrics(null, proposal.getId(), input.asOf(),
				input.staffHoursSavedPerYear(), input.citizensReached(), input.satisfactionChangePoints(), note,
				staff.subject(), this.clock.instant()));
		this.audit.record("outcome.recordMetrics", METRICS_TYPE, id(stored.id()),
				Map.of("proposal", proposal.getId(), "asOf", input.asOf(), "staffHoursSavedPerYear",
						input.staffHoursSavedPerYear(), "citizensReached", input.citizensReached(),
						"satisfactionChangePoints", input.satisfactionChangePoints()));
		return stored;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Proposal resolveProblems(String proposalId, List<String> problemIds) {
		Proposal proposal = this.proposals.loadReadable(proposalId, "proposalId", this.proposals.reader());
		requireDemonstration(proposal, "credited with solving problems");
		Set<String> ids = new LinkedHashSet<>();
		Checks checks = new Checks().check(!problemIds.isEmpty(), "problemIds", UserErrorCode.REQUIRED,
				"Name at least one problem.");
		for (String globalId : problemIds) {
			Optional<String> id = GlobalId.idOf(globalId, ProblemService.TYPE);
			checks.check(id.isPresent(), "problemIds", UserErrorCode.INVALID,
					"'" + globalId + "' is not a problem id.");
			id.ifPresent(ids::add);
		}
		checks.orThrow();
		Map<String, Problem> found = this.problems.findVisible(ids);
		List<String> missing = ids.stream().filter((id) -> !found.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			throw new UserErrorException(UserError.of("problemIds", UserErrorCode.NOT_FOUND,
					"No problem has the id " + globalIds(missing) + "."));
		}
		List<String> notAdopted = found.values()
			.stream()
			.filter((problem) -> !problem.getThemeIds().contains(proposal.getThemeId()))
			.map(Problem::getId)
			.toList();
		if (!notAdopted.isEmpty()) {
			throw new UserErrorException(UserError.of("problemIds", UserErrorCode.NOT_ALLOWED,
					"Only problems adopted by the proposal's theme can be resolved by it; not " + globalIds(notAdopted)
							+ "."));
		}
		// The problem module checks every problem before it changes any.
		this.problems.resolve(ids, proposal.getId());
		this.mongo.upsert(Query.query(Criteria.where("_id").is(proposal.getId())),
				new Update().addToSet("problemIds").each(ids.toArray()).set("updatedAt", this.clock.instant()),
				ProblemResolutions.class);
		this.audit.record("outcome.resolveProblems", ProposalService.TYPE, proposal.getId(),
				Map.of("problems", List.copyOf(ids)));
		return proposal;
	}

	/**
	 * The outcomes of the given proposals the reader may see, keyed by proposal id: one
	 * query each for reports, metrics and resolutions, whatever the number of proposals.
	 */
	@PreAuthorize("permitAll()")
	public Map<String, Outcome> outcomes(Collection<Proposal> proposals, ProposalReader reader) {
		List<Proposal> demonstrated = proposals.stream()
			.filter((proposal) -> proposal.getStatus().isPublic() && reader.canRead(proposal))
			.toList();
		if (demonstrated.isEmpty()) {
			return Map.of();
		}
		List<String> ids = demonstrated.stream().map(Proposal::getId).toList();
		Set<String> confidentialIds = new LinkedHashSet<>();
		demonstrated.stream()
			.filter(reader::canReadConfidential)
			.forEach((proposal) -> confidentialIds.add(proposal.getId()));
		Map<String, List<OutcomeReport>> reports = new LinkedHashMap<>();
		if (!confidentialIds.isEmpty()) {
			this.mongo.find(Query.query(Criteria.where("proposalId").in(confidentialIds)), OutcomeReport.class)
				.stream()
				.sorted(Comparator.comparing(OutcomeReport::createdAt).reversed())
				.forEach((report) -> reports.computeIfAbsent(report.proposalId(), (id) -> new ArrayList<>())
					.add(report));
		}
		Map<String, List<OutcomeMetrics>> metrics = new LinkedHashMap<>();
		this.mongo.find(Query.query(Criteria.where("proposalId").in(ids)), OutcomeMetrics.class)
			.stream()
			.sorted(Comparator.comparing(OutcomeMetrics::asOf).reversed())
			.forEach((record) -> metrics.computeIfAbsent(record.proposalId(), (id) -> new ArrayList<>()).add(record));
		Map<String, List<String>> resolved = new LinkedHashMap<>();
		this.mongo.find(Query.query(Criteria.where("_id").in(ids)), ProblemResolutions.class)
			.forEach((resolutions) -> resolved.put(resolutions.id(), resolutions.problemIds()));
		Map<String, Outcome> outcomes = new LinkedHashMap<>();
		for (Proposal proposal : demonstrated) {
			outcomes.put(proposal.getId(),
					new Outcome(proposal, confidentialIds.contains(proposal.getId()),
							reports.getOrDefault(proposal.getId(), List.of()),
							metrics.getOrDefault(proposal.getId(), List.of()),
							resolved.getOrDefault(proposal.getId(), List.of())));
		}
		return outcomes;
	}

	/** The progress reports among {@code ids} the caller may read: company and staff. */
	@PreAuthorize("permitAll()")
	public Map<String, OutcomeReport> findVisibleReports(Collection<String> ids) {
		List<OutcomeReport> reports = this.mongo.find(Query.query(Criteria.where("_id").in(ids)), OutcomeReport.class);
		ProposalReader reader = this.proposals.reader();
		Map<String, Proposal> visible = this.proposals
			.findVisible(reports.stream().map(OutcomeReport::proposalId).distinct().toList());
		Map<String, OutcomeReport> found = new LinkedHashMap<>();
		for (OutcomeReport report : reports) {
			Proposal proposal = visible.get(report.proposalId());
			if (proposal != null && reader.canReadConfidential(proposal)) {
				found.put(id(report.id()), report);
			}
		}
		return found;
	}

	/** The metrics records among {@code ids}: public, like the proposals they measure. */
	@PreAuthorize("permitAll()")
	public Map<String, OutcomeMetrics> findVisibleMetrics(Collection<String> ids) {
		List<OutcomeMetrics> records = this.mongo.find(Query.query(Criteria.where("_id").in(ids)),
				OutcomeMetrics.class);
		Map<String, Proposal> visible = this.proposals
			.findVisible(records.stream().map(OutcomeMetrics::proposalId).distinct().toList());
		Map<String, OutcomeMetrics> found = new LinkedHashMap<>();
		records.stream()
			.filter((record) -> visible.containsKey(record.proposalId()))
			.forEach((record) -> found.put(id(record.id()), record));
		return found;
	}

	/**
	 * Every metrics record, oldest {@code asOf} first: public, like the selected
	 * proposals they measure; for reporting against the city's targets.
	 */
	@PreAuthorize("permitAll()")
	public List<OutcomeMetrics> allMetrics() {
		return this.mongo.find(new Query().with(Sort.by("asOf").and(Sort.by("_id"))), OutcomeMetrics.class);
	}

	private static void requireDemonstration(Proposal proposal, String pastTense) {
		proposal.requireState(pastTense, ProposalStatus.SELECTED, ProposalStatus.IN_PROGRESS, ProposalStatus.COMPLETED);
	}

	private static String globalIds(List<String> problemIds) {
		return String.join(", ", problemIds.stream().map((id) -> GlobalId.encode(ProblemService.TYPE, id)).toList());
	}

	static String id(@org.jspecify.annotations.Nullable String id) {
		return java.util.Objects.requireNonNull(id, "not stored yet");
	}

}
