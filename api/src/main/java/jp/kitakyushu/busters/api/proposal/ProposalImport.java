package jp.kitakyushu.busters.api.proposal;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.audit.AuditLog.Importer;
import jp.kitakyushu.busters.api.privacy.PersonalDataRedactor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Brings in proposals from past records, each once, as the proposal feature stores its
 * own: the public title and summary masked by the same redactor as on every edit.
 */
@Service
public class ProposalImport {

	private final MongoTemplate mongo;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final PersonalDataRedactor redactor = PersonalDataRedactor.standard();

	ProposalImport(MongoTemplate mongo, AuditLog audit, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.audit = audit;
		this.events = events;
	}

	/** Stores the proposal unless its id is taken; returns whether it did. */
	public boolean importIfAbsent(ImportedProposal past, Importer importer) {
		if (this.mongo.findById(past.id(), Proposal.class) != null) {
			return false;
		}
		Proposal proposal = new Proposal(past.themeId(), past.companyId(), past.createdBy());
		proposal.describe(past.title(), past.summary(), this.redactor.redact(past.title()),
				this.redactor.redact(past.summary()));
		proposal.plan(past.approach(), past.requestedAmount(), past.milestones());
		proposal.restore(past);
		this.mongo.insert(proposal);
		this.audit.recordImport(importer, "proposal.import", ProposalQueries.TYPE, past.id(),
				(past.submittedAt() != null) ? past.submittedAt() : past.createdAt());
		this.events.publishEvent(new ProposalImported(past.id(), past.themeId(), past.companyId()));
		return true;
	}

}
