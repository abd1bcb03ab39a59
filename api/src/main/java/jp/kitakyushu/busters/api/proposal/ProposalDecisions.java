package jp.kitakyushu.busters.api.proposal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalDeclineInput;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalIdInput;
import jp.kitakyushu.busters.api.proposal.ThemeCalls.CallStatus;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Staff's side of a proposal: shortlisting, selecting once the theme has closed,
 * declining with a reason, and following the demonstration from start to completion.
 */
@Service
public class ProposalDecisions {

	private final MongoTemplate mongo;

	private final ThemeCalls themes;

	private final ProposalQueries queries;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProposalDecisions(MongoTemplate mongo, ThemeCalls themes, ProposalQueries queries, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.themes = themes;
		this.queries = queries;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Proposal shortlist(ProposalIdInput input) {
		Proposal proposal = loadAsStaff(input.proposalId());
		ProposalStatus before = proposal.getStatus();
		proposal.shortlist();
		Proposal saved = save(this.mongo, this.audit, proposal, "proposal.shortlist", before, Map.of());
		this.events.publishEvent(new ProposalShortlisted(saved.getId(), saved.getThemeId(), saved.getCompanyId()));
		return saved;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Proposal select(ProposalIdInput input) {
		Proposal proposal = loadAsStaff(input.proposalId());
		proposal.requireState("selected", ProposalStatus.SHORTLISTED);
		CallStatus theme = this.themes.find(proposal.getThemeId())
			.map(ThemeCalls.ThemeCall::status)
			.orElseThrow(() -> new UserErrorException(
					UserError.general(UserErrorCode.NOT_FOUND, "The proposal's theme no longer exists.")));
		if (theme != CallStatus.CLOSED && theme != CallStatus.AWARDED) {
			throw new UserErrorException(UserError.of("proposalId", UserErrorCode.WRONG_STATE,
					"Proposals are selected after their theme closes; the theme is " + theme + "."));
		}
		ProposalStatus before = proposal.getStatus();
		proposal.select(this.clock.instant());
		Proposal saved = save(this.mongo, this.audit, proposal, "proposal.select", before, Map.of());
		this.events.publishEvent(new ProposalSelected(saved.getId(), saved.getThemeId(), saved.getCompanyId()));
		return saved;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Proposal decline(ProposalDeclineInput input) {
		String reason = input.reason();
		new Checks().text("reason", reason, ProposalChecks.MAX_REASON).orThrow();
		Proposal proposal = loadAsStaff(input.proposalId());
		ProposalStatus before = proposal.getStatus();
		proposal.decline(reason.strip(), this.clock.instant());
		Proposal saved = save(this.mongo, this.audit, proposal, "proposal.decline", before,
				Map.of("reason", AuditLog.freeText(reason)));
		this.events.publishEvent(new ProposalDeclined(saved.getId(), saved.getThemeId(), saved.getCompanyId()));
		return saved;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Proposal start(ProposalIdInput input) {
		Proposal proposal = loadAsStaff(input.proposalId());
		ProposalStatus before = proposal.getStatus();
		proposal.start();
		Proposal saved = save(this.mongo, this.audit, proposal, "proposal.start", before, Map.of());
		this.events.publishEvent(new ProposalStarted(saved.getId(), saved.getThemeId(), saved.getCompanyId()));
		return saved;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Proposal complete(ProposalIdInput input) {
		Proposal proposal = loadAsStaff(input.proposalId());
		ProposalStatus before = proposal.getStatus();
		proposal.complete();
		Proposal saved = save(this.mongo, this.audit, proposal, "proposal.complete", before, Map.of());
		this.events.publishEvent(new ProposalCompleted(saved.getId(), saved.getThemeId(), saved.getCompanyId()));
		return saved;
	}

	/** A proposal staff may act on: one that was submitted (drafts are the company's). */
	private Proposal loadAsStaff(String globalId) {
		boolean staff = Viewer.current().map((viewer) -> viewer.has(Role.STAFF)).orElse(false);
		return this.queries.loadReadable(globalId, "proposalId", new ProposalAccess(staff, Set.of()));
	}

	/** Stores a proposal whose status changed and audits the change. */
	static Proposal save(MongoTemplate mongo, AuditLog audit, Proposal proposal, String action, ProposalStatus before,
			Map<String, ?> more) {
		Proposal saved = mongo.save(proposal);
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("status", AuditLog.from(before, saved.getStatus()));
		change.putAll(more);
		audit.record(action, ProposalQueries.TYPE, saved.getId(), change);
		return saved;
	}

}
