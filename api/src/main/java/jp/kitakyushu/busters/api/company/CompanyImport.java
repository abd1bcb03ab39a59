package jp.kitakyushu.busters.api.company;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.audit.AuditLog.Importer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Brings in companies from past records, each once, as the company feature stores its
 * own.
 */
@Service
public class CompanyImport {

	private final MongoTemplate mongo;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	CompanyImport(MongoTemplate mongo, AuditLog audit, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.audit = audit;
		this.events = events;
	}

	/** Stores the company unless its id is taken; returns whether it did. */
	public boolean importIfAbsent(ImportedCompany past, Importer importer) {
		if (this.mongo.findById(past.id(), Company.class) != null) {
			return false;
		}
		Company company = new Company(past.name(), past.corporateNumber(), past.description(), past.capabilities(),
				past.tags(), past.members().get(0));
		company.restore(past);
		this.mongo.insert(company);
		this.audit.recordImport(importer, "company.import", CompanyQueries.TYPE, past.id(), past.createdAt());
		this.events.publishEvent(new CompanyImported(past.id()));
		return true;
	}

}
