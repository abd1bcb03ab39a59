package jp.kitakyushu.busters.api.proposal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.company.Company;
import jp.kitakyushu.busters.api.company.CompanyQueries;
import jp.kitakyushu.busters.api.privacy.PersonalDataRedactor;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalCreateInput;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalIdInput;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalUpdateInput;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalWithdrawInput;
import jp.kitakyushu.busters.api.proposal.ThemeCalls.CallStatus;
import jp.kitakyushu.busters.api.proposal.ThemeCalls.ThemeCall;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.security.Viewer;
import jp.kitakyushu.busters.api.system.submission.IdempotencyKeys;
import jp.kitakyushu.busters.api.system.submission.SubmissionGuard;
import jp.kitakyushu.busters.api.system.submission.Submitter;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The company's side of a proposal: drafting and editing it within the theme's budget
 * cap, submitting it within the call window, and withdrawing it.
 */
@Service
public class ProposalDrafting {

	private final MongoTemplate mongo;

	private final CompanyQueries companies;

	private final ThemeCalls themes;

	private final ProposalQueries queries;

	private final AuditLog audit;

	private final SubmissionGuard guard;

	private final IdempotencyKeys idempotency;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PersonalDataRedactor redactor = PersonalDataRedactor.standard();

	ProposalDrafting(MongoTemplate mongo, CompanyQueries companies, ThemeCalls themes, ProposalQueries queries,
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
	public Proposal create(ProposalCreateInput input, Submitter submitter) {
		Viewer member = Viewer.require();
		return this.idempotency.once("proposalCreate", member.subject(), input.idempotencyKey(), () -> {
			Checks checks = ProposalChecks.texts(new Checks(), input.title(), input.summary(), input.approach());
			ProposalChecks.milestones(checks, input.milestones());
			checks.orThrow();
			Company company = this.companies.requireProposingMember(input.companyId(), "companyId");
			ThemeCall theme = themeForDrafting(input.themeId());
			List<Milestone> milestones = ProposalChecks
				.toMilestones((input.milestones() != null) ? input.milestones() : List.of());
			long requested = (input.requestedAmount() != null) ? input.requestedAmount() : 0;
			ProposalChecks.amounts(checks, requested, milestones, theme.budgetCap());
			ProposalChecks.dates(checks, milestones, theme.closesAt()).orThrow();
			this.guard.admit(submitter);
			Proposal proposal = new Proposal(theme.themeId(), company.getId(), member.subject());
			describe(proposal, input.title(), input.summary());
			proposal.plan(strip(input.approach()), requested, milestones);
			Proposal stored = this.mongo.insert(proposal);
			// Drafts are the company's own: the trail names what happened, not the
			// content.
			this.audit.record("proposal.create", ProposalQueries.TYPE, stored.getId(),
					Map.of("status", stored.getStatus(), "theme", theme.themeId(), "company", company.getId()));
			this.events.publishEvent(new ProposalDrafted(stored.getId(), stored.getThemeId(), stored.getCompanyId()));
			return stored;
		}, Proposal::getId, this.queries::findById);
	}

	@PreAuthorize("hasRole('COMPANY')")
	public Proposal update(ProposalUpdateInput input) {
		Checks checks = ProposalChecks.texts(new Checks(), input.title(), input.summary(), input.approach());
		ProposalChecks.milestones(checks, input.milestones()).orThrow();
		Proposal proposal = loadAsMember(input.proposalId());
		proposal.requireState("edited", ProposalStatus.DRAFT);
		ThemeCall theme = theme(proposal);
		long requested = (input.requestedAmount() != null) ? input.requestedAmount() : proposal.getRequestedAmount();
		List<Milestone> milestones = (input.milestones() != null) ? ProposalChecks.toMilestones(input.milestones())
				: proposal.getMilestones();
		ProposalChecks.amounts(checks, requested, milestones, theme.budgetCap());
		ProposalChecks.dates(checks, milestones, theme.closesAt()).orThrow();
		describe(proposal, (input.title() != null) ? input.title() : proposal.getTitle(),
				(input.summary() != null) ? input.summary() : proposal.getSummary());
		proposal.plan((input.approach() != null) ? input.approach().strip() : proposal.getApproach(), requested,
				milestones);
		Proposal saved = this.mongo.save(proposal);
		this.audit.record("proposal.update", ProposalQueries.TYPE, saved.getId(),
				Map.of("fields", changedFields(input)));
		this.events.publishEvent(new ProposalEdited(saved.getId(), saved.getThemeId(), saved.getCompanyId()));
		return saved;
	}

	@PreAuthorize("hasRole('COMPANY')")
	public Proposal submit(ProposalIdInput input) {
		Proposal proposal = loadAsMember(input.proposalId());
		if (proposal.getStatus() == ProposalStatus.SUBMITTED) {
			// A retried submission: the first one went through.
			return proposal;
		}
		proposal.requireState("submitted", ProposalStatus.DRAFT);
		this.companies.requireProposingMember(GlobalId.encode(CompanyQueries.TYPE, proposal.getCompanyId()),
				"proposalId");
		ThemeCall theme = theme(proposal);
		if (!theme.acceptingProposals()) {
			throw new UserErrorException(windowClosed(theme));
		}
		Checks checks = ProposalChecks.complete(new Checks(), proposal);
		ProposalChecks.amounts(checks, proposal.getRequestedAmount(), proposal.getMilestones(), theme.budgetCap());
		ProposalChecks.dates(checks, proposal.getMilestones(), theme.closesAt()).orThrow();
		proposal.submit(this.clock.instant());
		Proposal saved = ProposalDecisions.save(this.mongo, this.audit, proposal, "proposal.submit",
				ProposalStatus.DRAFT, Map.of("requestedAmount", proposal.getRequestedAmount()));
		this.events.publishEvent(new ProposalSubmitted(saved.getId(), saved.getThemeId(), saved.getCompanyId()));
		return saved;
	}

	@PreAuthorize("hasRole('COMPANY')")
	public Proposal withdraw(ProposalWithdrawInput input) {
		String reason = input.reason();
		new Checks().optionalText("reason", reason, ProposalChecks.MAX_REASON).orThrow();
		Proposal proposal = loadAsMember(input.proposalId());
		ProposalStatus before = proposal.getStatus();
		proposal.withdraw(strip(reason).isEmpty() ? null : strip(reason), this.clock.instant());
		Proposal saved = ProposalDecisions.save(this.mongo, this.audit, proposal, "proposal.withdraw", before,
				(reason != null) ? Map.of("reason", AuditLog.freeText(reason)) : Map.of());
		this.events.publishEvent(new ProposalWithdrawn(saved.getId(), saved.getThemeId(), saved.getCompanyId()));
		return saved;
	}

	private void describe(Proposal proposal, String title, String summary) {
		proposal.describe(title.strip(), summary.strip(), this.redactor.redact(title.strip()),
				this.redactor.redact(summary.strip()));
	}

	/**
	 * A theme a company may draft for: visible and open (its window may not have begun).
	 */
	private ThemeCall themeForDrafting(String globalId) {
		ThemeCall theme = GlobalId.idOf(globalId, ThemeCalls.TYPE)
			.flatMap(this.themes::find)
			.filter((found) -> found.status() != CallStatus.DRAFT)
			.orElseThrow(() -> new UserErrorException(
					UserError.of("themeId", UserErrorCode.NOT_FOUND, "No theme has the id " + globalId + ".")));
		if (theme.status() == CallStatus.CLOSED || theme.status() == CallStatus.AWARDED) {
			throw new UserErrorException(UserError.of("themeId", UserErrorCode.DEADLINE_PASSED,
					"The theme closed on " + theme.closesAt() + " and takes no more proposals."));
		}
		if (theme.status() != CallStatus.OPEN) {
			throw new UserErrorException(UserError.of("themeId", UserErrorCode.WRONG_STATE,
					"The theme is " + theme.status() + " and takes no proposals."));
		}
		return theme;
	}

	private static UserError windowClosed(ThemeCall theme) {
		if (theme.status() == CallStatus.CLOSED || theme.status() == CallStatus.AWARDED) {
			return UserError.of("proposalId", UserErrorCode.DEADLINE_PASSED,
					"The theme closed on " + theme.closesAt() + "; proposals can no longer be submitted.");
		}
		if (theme.status() == CallStatus.OPEN) {
			return UserError.of("proposalId", UserErrorCode.WRONG_STATE,
					"The theme's call opens on " + theme.opensAt() + "; submit then.");
		}
		return UserError.of("proposalId", UserErrorCode.WRONG_STATE,
				"The theme is " + theme.status() + " and takes no proposals.");
	}

	private ThemeCall theme(Proposal proposal) {
		return this.themes.find(proposal.getThemeId())
			.orElseThrow(() -> new IllegalStateException("Proposal " + proposal.getId() + " has no theme"));
	}

	/**
	 * A proposal of one of the caller's companies; others are unknown or out of reach.
	 */
	private Proposal loadAsMember(String globalId) {
		ProposalAccess reader = this.queries.reader();
		Proposal proposal = this.queries.loadReadable(globalId, "proposalId", reader);
		if (!reader.isMember(proposal)) {
			throw new UserErrorException(UserError.of("proposalId", UserErrorCode.NOT_ALLOWED,
					"Only members of the proposing company change a proposal."));
		}
		return proposal;
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
