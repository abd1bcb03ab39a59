package jp.kitakyushu.busters.api.company;

import java.time.Clock;
import java.util.Map;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyIdInput;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanySuspendInput;
import jp.kitakyushu.busters.api.system.graphql.Checks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Staff's side of companies: verifying a registration, suspending a company with a reason
 * and reinstating it.
 */
@Service
public class CompanyVetting {

	static final int MAX_REASON = 1000;

	private final MongoTemplate mongo;

	private final CompanyQueries queries;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CompanyVetting(MongoTemplate mongo, CompanyQueries queries, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.mongo = mongo;
		this.queries = queries;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Company verify(CompanyIdInput input) {
		Company company = this.queries.load(input.companyId());
		CompanyStatus before = company.getStatus();
		company.verify(this.clock.instant());
		Company saved = save(company, "company.verify", Map.of("status", AuditLog.from(before, company.getStatus())));
		this.events.publishEvent(new CompanyVerified(saved.getId()));
		return saved;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Company suspend(CompanySuspendInput input) {
		String reason = input.reason();
		new Checks().text("reason", reason, MAX_REASON).orThrow();
		Company company = this.queries.load(input.companyId());
		CompanyStatus before = company.getStatus();
		company.suspend(reason.strip());
		Company saved = save(company, "company.suspend", Map.of("status", AuditLog.from(before, company.getStatus()),
				"suspensionReason", AuditLog.freeText(reason)));
		this.events.publishEvent(new CompanySuspended(saved.getId()));
		return saved;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Company reinstate(CompanyIdInput input) {
		Company company = this.queries.load(input.companyId());
		CompanyStatus before = company.getStatus();
		company.reinstate(this.clock.instant());
		Company saved = save(company, "company.reinstate",
				Map.of("status", AuditLog.from(before, company.getStatus())));
		this.events.publishEvent(new CompanyReinstated(saved.getId()));
		return saved;
	}

	private Company save(Company company, String action, Map<String, ?> change) {
		Company saved = this.mongo.save(company);
		this.audit.record(action, CompanyQueries.TYPE, saved.getId(), change);
		return saved;
	}

}
