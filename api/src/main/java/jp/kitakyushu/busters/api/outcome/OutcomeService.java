package jp.kitakyushu.busters.api.outcome;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.outcome.OutcomeInputs.OutcomeRecordMetricsInput;
import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.proposal.ProposalAccess;
import jp.kitakyushu.busters.api.proposal.ProposalStatus;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Records what selected proposals' demonstrations achieved: progress reports by the
 * company or staff, metrics by staff, and which problems a demonstration solved.
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

	private final AdoptedProblems problems;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OutcomeService(MongoTemplate mongo, ProposalQueries proposals, AdoptedProblems problems, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.proposals = proposals;
		this.problems = problems;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('COMPANY', 'STAFF')")
	public OutcomeReport report(String proposalId, String text) {
		new Checks().text("text", text, MAX_TEXT).orThrow();
		Viewer author = Viewer.require();
		ProposalAccess reader = this.proposals.reader();
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
			Optional<String> id = GlobalId.idOf(globalId, AdoptedProblems.TYPE);
			checks.check(id.isPresent(), "problemIds", UserErrorCode.INVALID,
					"'" + globalId + "' is not a problem id.");
			id.ifPresent(ids::add);
		}
		checks.orThrow();
		Map<String, List<String>> found = this.problems.themesOf(ids);
		List<String> missing = ids.stream().filter((id) -> !found.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			throw new UserErrorException(UserError.of("problemIds", UserErrorCode.NOT_FOUND,
					"No problem has the id " + globalIds(missing) + "."));
		}
		List<String> notAdopted = found.entrySet()
			.stream()
			.filter((problem) -> !problem.getValue().contains(proposal.getThemeId()))
			.map(Map.Entry::getKey)
			.toList();
		if (!notAdopted.isEmpty()) {
			throw new UserErrorException(UserError.of("problemIds", UserErrorCode.NOT_ALLOWED,
					"Only problems adopted by the proposal's theme can be resolved by it; not " + globalIds(notAdopted)
							+ "."));
		}
		this.mongo.upsert(Query.query(Criteria.where("_id").is(proposal.getId())),
				new Update().addToSet("problemIds").each(ids.toArray()).set("updatedAt", this.clock.instant()),
				ProblemResolutions.class);
		this.audit.record("outcome.resolveProblems", ProposalQueries.TYPE, proposal.getId(),
				Map.of("problems", List.copyOf(ids)));
		// Every problem was checked above; the problem feature marks them resolved.
		this.events
			.publishEvent(new OutcomeProblemsResolved(proposal.getId(), proposal.getThemeId(), List.copyOf(ids)));
		return proposal;
	}

	private static void requireDemonstration(Proposal proposal, String pastTense) {
		proposal.requireState(pastTense, ProposalStatus.SELECTED, ProposalStatus.IN_PROGRESS, ProposalStatus.COMPLETED);
	}

	private static String globalIds(List<String> problemIds) {
		return String.join(", ", problemIds.stream().map((id) -> GlobalId.encode(AdoptedProblems.TYPE, id)).toList());
	}

	static String id(@org.jspecify.annotations.Nullable String id) {
		return java.util.Objects.requireNonNull(id, "not stored yet");
	}

}
