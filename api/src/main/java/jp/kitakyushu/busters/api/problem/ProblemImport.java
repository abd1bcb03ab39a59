package jp.kitakyushu.busters.api.problem;

import java.time.Duration;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.audit.AuditLog.Importer;
import jp.kitakyushu.busters.api.privacy.PersonalDataRedactor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Brings in problems from past records, each once, as the problem feature stores its own:
 * the public copy masked by the same redactor as at intake, supporters as supports, and
 * an event so that the index and the submitters' notifications follow.
 */
@Service
public class ProblemImport {

	private final MongoTemplate mongo;

	private final Supports supports;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final PersonalDataRedactor redactor = PersonalDataRedactor.standard();

	ProblemImport(MongoTemplate mongo, Supports supports, AuditLog audit, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.supports = supports;
		this.audit = audit;
		this.events = events;
	}

	/** Stores the problem unless its id is taken; returns whether it did. */
	public boolean importIfAbsent(ImportedProblem past, Importer importer) {
		if (this.mongo.findById(past.id(), Problem.class) != null) {
			return false;
		}
		Problem problem = new Problem(past.title(), past.body(), this.redactor.redact(past.title()),
				this.redactor.redact(past.body()), past.category(), past.ward(), past.location(), past.channel(),
				past.intakeMethod(), past.submitter(), past.enteredBy(), past.contact());
		problem.restore(past);
		this.mongo.insert(problem);
		for (int i = 0; i < past.supporters().size(); i++) {
			this.supports.add(past.id(), past.supporters().get(i), past.createdAt().plus(Duration.ofHours(i + 1)));
		}
		this.audit.recordImport(importer, "problem.import", ProblemQueries.TYPE, past.id(), past.createdAt());
		this.events.publishEvent(new ProblemImported(past.id(), past.submitter(), past.status(), past.themeIds()));
		return true;
	}

}
