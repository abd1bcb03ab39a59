package jp.kitakyushu.busters.api.company;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyIdInput;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyJoinInput;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyRemoveMemberInput;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyTransferManagementInput;
import jp.kitakyushu.busters.api.company.Invitations.Invitation;
import jp.kitakyushu.busters.api.company.Invitations.Issued;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.security.Viewer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Who belongs to a company. We cannot look up other Keycloak users, so the first member
 * invites a colleague with a one-time code the colleague presents to join; the first
 * member removes members, and any other member may leave.
 */
@Service
public class CompanyMembers {

	private final MongoTemplate mongo;

	private final CompanyQueries companies;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Invitations invitations;

	CompanyMembers(MongoTemplate mongo, CompanyQueries companies, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.mongo = mongo;
		this.companies = companies;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.invitations = new Invitations(mongo);
	}

	@PreAuthorize("hasRole('COMPANY')")
	public InvitationIssued invite(CompanyIdInput input) {
		String companyId = input.companyId();
		Viewer user = Viewer.require();
		Company company = this.companies.loadAsMember(companyId, "companyId", user);
		if (!company.isManagedBy(user.subject())) {
			throw new UserErrorException(UserError.of("companyId", UserErrorCode.NOT_ALLOWED,
					"Only the company's first member invites new members; ask them for a code."));
		}
		if (company.getStatus() == CompanyStatus.SUSPENDED) {
			throw new UserErrorException(UserError.of("companyId", UserErrorCode.WRONG_STATE,
					"A suspended company cannot take new members."));
		}
		Issued issued = this.invitations.issue(company.getId(), user.subject(), this.clock.instant());
		// The code never reaches the audit trail: whoever reads the trail could use it.
		this.audit.record("company.inviteMember", CompanyQueries.TYPE, company.getId(),
				Map.of("expiresAt", issued.expiresAt()));
		return new InvitationIssued(company, issued.code(), issued.expiresAt());
	}

	@PreAuthorize("hasRole('COMPANY')")
	public Company join(CompanyJoinInput input) {
		String code = input.code();
		Viewer user = Viewer.require();
		new Checks().text("code", code, 100).orThrow();
		UserErrorException unknown = new UserErrorException(UserError.of("code", UserErrorCode.NOT_FOUND,
				"This code is unknown, already used or expired. Ask for a new one."));
		Invitation invitation = this.invitations.peek(code, this.clock.instant()).orElseThrow(() -> unknown);
		Company company = this.companies.findById(invitation.companyId()).orElseThrow(() -> unknown);
		if (company.hasMember(user.subject())) {
			throw new UserErrorException(UserError.of("code", UserErrorCode.DUPLICATE,
					"You are already a member of " + company.getName() + "."));
		}
		if (company.getStatus() == CompanyStatus.SUSPENDED) {
			throw new UserErrorException(
					UserError.of("code", UserErrorCode.WRONG_STATE, "A suspended company cannot take new members."));
		}
		if (!this.invitations.take(code, this.clock.instant())) {
			throw unknown;
		}
		// One conditional update: the member is added only if not already there.
		CompanyMember member = new CompanyMember(user.subject(), user.name(), this.clock.instant());
		Query notYetMember = Query
			.query(Criteria.where("_id").is(company.getId()).and("members.subject").ne(user.subject()));
		Update add = new Update().push("members", member).inc("version", 1).set("updatedAt", this.clock.instant());
		if (this.mongo.updateFirst(notYetMember, add, Company.class).getModifiedCount() == 0) {
			throw new UserErrorException(UserError.of("code", UserErrorCode.DUPLICATE,
					"You are already a member of " + company.getName() + "."));
		}
		this.audit.record("company.join", CompanyQueries.TYPE, company.getId(), Map.of("member", user.subject()));
		this.events.publishEvent(new CompanyMembersChanged(company.getId()));
		return this.companies.findById(company.getId()).orElseThrow();
	}

	@PreAuthorize("hasRole('COMPANY')")
	public Company removeMember(CompanyRemoveMemberInput input) {
		String companyId = input.companyId();
		String subject = input.subject();
		Viewer user = Viewer.require();
		Company company = this.companies.loadAsMember(companyId, "companyId", user);
		boolean leaving = subject.equals(user.subject());
		if (!leaving && !company.isManagedBy(user.subject())) {
			throw new UserErrorException(UserError.of("subject", UserErrorCode.NOT_ALLOWED,
					"Only the company's first member removes other members; you can remove yourself."));
		}
		if (company.isManagedBy(subject)) {
			throw new UserErrorException(UserError.of("subject", UserErrorCode.NOT_ALLOWED,
					"The first member manages the company and cannot be removed."));
		}
		if (!company.hasMember(subject)) {
			throw new UserErrorException(
					UserError.of("subject", UserErrorCode.NOT_FOUND, "No member has the subject " + subject + "."));
		}
		company.removeMember(subject);
		Company saved = this.mongo.save(company);
		this.audit.record(leaving ? "company.leave" : "company.removeMember", CompanyQueries.TYPE, saved.getId(),
				Map.of("member", subject));
		this.events.publishEvent(new CompanyMembersChanged(saved.getId()));
		return saved;
	}

	/**
	 * Hands the management of members to another member, e.g. before the first member
	 * leaves.
	 */
	@PreAuthorize("hasRole('COMPANY')")
	public Company transferManagement(CompanyTransferManagementInput input) {
		String companyId = input.companyId();
		String subject = input.subject();
		Viewer user = Viewer.require();
		Company company = this.companies.loadAsMember(companyId, "companyId", user);
		if (!company.isManagedBy(user.subject())) {
			throw new UserErrorException(UserError.of("companyId", UserErrorCode.NOT_ALLOWED,
					"Only the member who manages the company can hand that over."));
		}
		if (!company.hasMember(subject)) {
			throw new UserErrorException(
					UserError.of("subject", UserErrorCode.NOT_FOUND, "No member has the subject " + subject + "."));
		}
		if (company.isManagedBy(subject)) {
			return company;
		}
		company.transferManagementTo(subject);
		Company saved = this.mongo.save(company);
		this.audit.record("company.transferManagement", CompanyQueries.TYPE, saved.getId(),
				Map.of("manager", AuditLog.from(user.subject(), subject)));
		this.events.publishEvent(new CompanyMembersChanged(saved.getId()));
		return saved;
	}

	/**
	 * A freshly issued invitation code.
	 *
	 * @param company the company it joins
	 * @param code the code to pass on; shown only once
	 * @param expiresAt when it stops working
	 */
	public record InvitationIssued(Company company, String code, Instant expiresAt) {
	}

}
