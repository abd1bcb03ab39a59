package jp.kitakyushu.busters.api.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLContext;
import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.company.Company;
import jp.kitakyushu.busters.api.company.CompanyService;
import jp.kitakyushu.busters.api.privacy.PersonalDataRedactor;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalCreateInput;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalUpdateInput;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;
import jp.kitakyushu.busters.api.system.submission.IdempotencyKeys;
import jp.kitakyushu.busters.api.system.submission.SubmissionGuard;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeService;
import jp.kitakyushu.busters.api.theme.ThemeStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Everything that happens to proposals: companies draft, submit and withdraw them, staff
 * decide on them and follow their demonstration. Reading them is {@link ProposalQueries}'
 * job.
 */
@Service
public class ProposalService {

	/** GraphQL type name, for global ids and the audit trail. */
	public static final String TYPE = "Proposal";

	private final MongoTemplate mongo;

	private final CompanyService companies;

	private final ThemeService themes;

	private final ProposalQueries queries;

	private final AuditLog audit;

	private final SubmissionGuard guard;

	private final IdempotencyKeys idempotency;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PersonalDataRedactor redactor = PersonalDataRedactor.standard();

	ProposalService(MongoTemplate mongo, CompanyService companies, ThemeService themes, ProposalQueries queries,
			AuditLog audit, SubmissionGuard guard, IdempotencyKeys idempotency, ApplicationEventPublisher events,
			Clock clock) {
		this.mongo = mongo;
		this.companies = companies;
		this.themes = themes;
		this.queries = queries;
		this.audit = audit;
		this.guard = guard;
		this.idempotency = idempotency;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('COMPANY')")
	public Proposal create(ProposalCreateInput input, GraphQLContext context) {
		Viewer member = Viewer.require();
		return this.idempotency.once("proposalCreate", member.subject(), input.idempotencyKey(), () -> {
			Checks checks = ProposalChecks.texts(new Checks(), input.title(), input.summary(), input.approach());
			ProposalChecks.milestones(checks, input.milestones());
			checks.orThrow();
			Company company = this.companies.requireProposingMember(input.companyId(), "companyId");
			Theme theme = themeForDrafting(input.themeId());
			List<Milestone> milestones = ProposalChecks
				.toMilestones((input.milestones() != null) ? input.milestones() : List.of());
			long requested = (input.requestedAmount() != null) ? input.requestedAmount() : 0;
			ProposalChecks.amounts(checks, requested, milestones, theme.getBudgetCap());
			ProposalChecks.dates(checks, milestones, theme.getClosesAt()).orThrow();
			this.guard.admit(member.subject(), context);
			Proposal proposal = new Proposal(theme.getId(), company.getId(), member.subject());
			describe(proposal, input.title(), input.summary());
			proposal.plan(strip(input.approach()), requested, milestones);
			Proposal stored = this.mongo.insert(proposal);
			// Drafts are the company's own: the trail names what happened, not the
			// content.
			this.audit.record("proposal.create", TYPE, stored.getId(),
					Map.of("status", stored.getStatus(), "theme", theme.getId(), "company", company.getId()));
			this.events.publishEvent(new ProposalStatusChanged(stored.getId(), stored.getThemeId(),
					stored.getCompanyId(), null, stored.getStatus()));
			return stored;
		}, Proposal::getId, this.queries::findById);
	}

	@PreAuthorize("hasRole('COMPANY')")
	public Proposal update(ProposalUpdateInput input) {
		Checks checks = ProposalChecks.texts(new Checks(), input.title(), input.summary(), input.approach());
		ProposalChecks.milestones(checks, input.milestones()).orThrow();
		Proposal proposal = loadAsMember(input.proposalId());
		proposal.requireState("edited", ProposalStatus.DRAFT);
		Theme theme = theme(proposal);
		long requested = (input.requestedAmount() != null) ? input.requestedAmount() : proposal.getRequestedAmount();
		List<Milestone> milestones = (input.milestones() != null) ? ProposalChecks.toMilestones(input.milestones())
				: proposal.getMilestones();
		ProposalChecks.amounts(checks, requested, milestones, theme.getBudgetCap());
		ProposalChecks.dates(checks, milestones, theme.getClosesAt()).orThrow();
		describe(proposal, (input.title() != null) ? input.title() : proposal.getTitle(),
				(input.summary() != null) ? input.summary() : proposal.getSummary());
		proposal.plan((input.approach() != null) ? input.approach().strip() : proposal.getApproach(), requested,
				milestones);
		Proposal saved = this.mongo.save(proposal);
		this.audit.record("proposal.update", TYPE, saved.getId(), Map.of("fields", changedFields(input)));
		return saved;
	}

	@PreAuthorize("hasRole('COMPANY')")
	public Proposal submit(String proposalId) {
		Proposal proposal = loadAsMember(proposalId);
		if (proposal.getStatus() == ProposalStatus.SUBMITTED) {
			// A retried submission: the first one went through.
			return proposal;
		}
		proposal.requireState("submitted", ProposalStatus.DRAFT);
		this.companies.requireProposingMember(GlobalId.encode(CompanyService.TYPE, proposal.getCompanyId()),
				"proposalId");
		Theme theme = theme(proposal);
		if (!this.themes.acceptsProposalsNow(theme)) {
			throw new UserErrorException(windowClosed(theme));
		}
		Checks checks = ProposalChecks.complete(new Checks(), proposal);
		ProposalChecks.amounts(checks, proposal.getRequestedAmount(), proposal.getMilestones(), theme.getBudgetCap());
		ProposalChecks.dates(checks, proposal.getMilestones(), theme.getClosesAt()).orThrow();
		proposal.submit(this.clock.instant());
		return saveAndAudit(proposal, "proposal.submit", ProposalStatus.DRAFT,
				Map.of("requestedAmount", proposal.getRequestedAmount()));
	}

	@PreAuthorize("hasRole('COMPANY')")
	public Proposal withdraw(String proposalId, @Nullable String reason) {
		new Checks().optionalText("reason", reason, ProposalChecks.MAX_REASON).orThrow();
		Proposal proposal = loadAsMember(proposalId);
		ProposalStatus before = proposal.getStatus();
		proposal.withdraw(strip(reason).isEmpty() ? null : strip(reason), this.clock.instant());
		return saveAndAudit(proposal, "proposal.withdraw", before,
				(reason != null) ? Map.of("reason", reason.strip()) : Map.of());
	}

	@PreAuthorize("hasRole('STAFF')")
	public Proposal shortlist(String proposalId) {
		Proposal proposal = loadAsStaff(proposalId);
		ProposalStatus before = proposal.getStatus();
		proposal.shortlist();
		return saveAndAudit(proposal, "proposal.shortlist", before, Map.of());
	}

	@PreAuthorize("hasRole('STAFF')")
	public Proposal select(String proposalId) {
		Proposal proposal = loadAsStaff(proposalId);
		proposal.requireState("selected", ProposalStatus.SHORTLISTED);
		Theme theme = theme(proposal);
		ThemeStatus themeStatus = theme.statusAt(this.clock.instant());
		if (themeStatus != ThemeStatus.CLOSED && themeStatus != ThemeStatus.AWARDED) {
			throw new UserErrorException(UserError.of("proposalId", UserErrorCode.WRONG_STATE,
					"Proposals are selected after their theme closes; the theme is " + themeStatus + "."));
		}
		ProposalStatus before = proposal.getStatus();
		proposal.select(this.clock.instant());
		Proposal saved = saveAndAudit(proposal, "proposal.select", before, Map.of());
		awardTheme(theme.getId());
		return saved;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Proposal decline(String proposalId, String reason) {
		new Checks().text("reason", reason, ProposalChecks.MAX_REASON).orThrow();
		Proposal proposal = loadAsStaff(proposalId);
		ProposalStatus before = proposal.getStatus();
		proposal.decline(reason.strip(), this.clock.instant());
		return saveAndAudit(proposal, "proposal.decline", before, Map.of("reason", reason.strip()));
	}

	@PreAuthorize("hasRole('STAFF')")
	public Proposal start(String proposalId) {
		Proposal proposal = loadAsStaff(proposalId);
		ProposalStatus before = proposal.getStatus();
		proposal.start();
		return saveAndAudit(proposal, "proposal.start", before, Map.of());
	}

	@PreAuthorize("hasRole('STAFF')")
	public Proposal complete(String proposalId) {
		Proposal proposal = loadAsStaff(proposalId);
		ProposalStatus before = proposal.getStatus();
		proposal.complete();
		return saveAndAudit(proposal, "proposal.complete", before, Map.of());
	}

	/**
	 * The first selection awards the theme; a concurrent selection may have done it a
	 * moment ago, which the second attempt sees.
	 */
	private void awardTheme(String themeId) {
		try {
			this.themes.markAwarded(themeId);
		}
		catch (OptimisticLockingFailureException ex) {
			this.themes.markAwarded(themeId);
		}
	}

	private void describe(Proposal proposal, String title, String summary) {
		proposal.describe(title.strip(), summary.strip(), this.redactor.redact(title.strip()),
				this.redactor.redact(summary.strip()));
	}

	private Proposal saveAndAudit(Proposal proposal, String action, ProposalStatus before, Map<String, ?> more) {
		Proposal saved = this.mongo.save(proposal);
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("status", AuditLog.from(before, saved.getStatus()));
		change.putAll(more);
		this.audit.record(action, TYPE, saved.getId(), change);
		this.events.publishEvent(new ProposalStatusChanged(saved.getId(), saved.getThemeId(), saved.getCompanyId(),
				before, saved.getStatus()));
		return saved;
	}

	/**
	 * A theme a company may draft for: visible and open (its window may not have begun).
	 */
	private Theme themeForDrafting(String globalId) {
		Theme theme = GlobalId.idOf(globalId, ThemeService.TYPE)
			.flatMap(this.themes::findById)
			.filter((found) -> found.getStatus() != ThemeStatus.DRAFT)
			.orElseThrow(() -> new UserErrorException(
					UserError.of("themeId", UserErrorCode.NOT_FOUND, "No theme has the id " + globalId + ".")));
		ThemeStatus status = theme.statusAt(this.clock.instant());
		if (status == ThemeStatus.CLOSED || status == ThemeStatus.AWARDED) {
			throw new UserErrorException(UserError.of("themeId", UserErrorCode.DEADLINE_PASSED,
					"The theme closed on " + theme.getClosesAt() + " and takes no more proposals."));
		}
		if (status != ThemeStatus.OPEN) {
			throw new UserErrorException(UserError.of("themeId", UserErrorCode.WRONG_STATE,
					"The theme is " + status + " and takes no proposals."));
		}
		return theme;
	}

	private UserError windowClosed(Theme theme) {
		Instant now = this.clock.instant();
		ThemeStatus status = theme.statusAt(now);
		if (status == ThemeStatus.CLOSED || status == ThemeStatus.AWARDED) {
			return UserError.of("proposalId", UserErrorCode.DEADLINE_PASSED,
					"The theme closed on " + theme.getClosesAt() + "; proposals can no longer be submitted.");
		}
		if (status == ThemeStatus.OPEN) {
			return UserError.of("proposalId", UserErrorCode.WRONG_STATE,
					"The theme's call opens on " + theme.getOpensAt() + "; submit then.");
		}
		return UserError.of("proposalId", UserErrorCode.WRONG_STATE,
				"The theme is " + status + " and takes no proposals.");
	}

	private Theme theme(Proposal proposal) {
		return this.themes.findById(proposal.getThemeId())
			.orElseThrow(() -> new IllegalStateException("Proposal " + proposal.getId() + " has no theme"));
	}

	/**
	 * A proposal of one of the caller's companies; others are unknown or out of reach.
	 */
	private Proposal loadAsMember(String globalId) {
		ProposalReader reader = this.queries.reader();
		Proposal proposal = this.queries.loadReadable(globalId, "proposalId", reader);
		if (!reader.isMember(proposal)) {
			throw new UserErrorException(UserError.of("proposalId", UserErrorCode.NOT_ALLOWED,
					"Only members of the proposing company change a proposal."));
		}
		return proposal;
	}

	/** A proposal staff may act on: one that was submitted (drafts are the company's). */
	private Proposal loadAsStaff(String globalId) {
		boolean staff = Viewer.current().map((viewer) -> viewer.has(Role.STAFF)).orElse(false);
		return this.queries.loadReadable(globalId, "proposalId", new ProposalReader(staff, Set.of()));
	}

	private static List<String> changedFields(ProposalUpdateInput input) {
		Map<String, @Nullable Object> given = new LinkedHashMap<>();
		given.put("title", input.title());
		given.put("summary", input.summary());
		given.put("approach", input.approach());
		given.put("requestedAmount", input.requestedAmount());
		given.put("milestones", input.milestones());
		return given.entrySet().stream().filter((e) -> e.getValue() != null).map(Map.Entry::getKey).toList();
	}

	private static String strip(@Nullable String text) {
		return (text != null) ? text.strip() : "";
	}

}
