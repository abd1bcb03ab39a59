package jp.kitakyushu.busters.api.theme;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.audit.AuditLog.Importer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Brings in themes from past records, each once, as the theme feature stores its own. A
 * past theme's problems were adopted back then: their records say so themselves.
 */
@Service
public class ThemeImport {

	private final MongoTemplate mongo;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	ThemeImport(MongoTemplate mongo, AuditLog audit, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.audit = audit;
		this.events = events;
	}

	/** Stores the theme unless its id is taken; returns whether it did. */
	public boolean importIfAbsent(ImportedTheme past, Importer importer) {
		if (this.mongo.findById(past.id(), Theme.class) != null) {
			return false;
		}
		Theme theme = new Theme(past.title(), past.description(), past.category(), past.createdBy());
		theme.setSourceProblemIds(past.sourceProblemIds());
		theme.setExpectedOutcomes(past.expectedOutcomes());
		theme.setBudgetCap(past.budgetCap());
		theme.setCallWindow(past.opensAt(), past.closesAt());
		theme.setCriteria(past.criteria());
		theme.restore(past.id(), past.createdAt(), past.status());
		this.mongo.insert(theme);
		this.audit.recordImport(importer, "theme.import", ThemeQueries.TYPE, past.id(), past.createdAt());
		this.events.publishEvent(new ThemeImported(past.id()));
		return true;
	}

}
