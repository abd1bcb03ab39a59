package jp.kitakyushu.busters.api.outcome;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Brings in demonstrations' past outcomes, each once: progress reports, metrics, and
 * which problems a demonstration solved (the problems' own records say they are
 * resolved).
 */
@Service
public class OutcomeImport {

	private final MongoTemplate mongo;

	OutcomeImport(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Stores a progress report unless its id is taken; returns whether it did. */
	public boolean importIfAbsent(OutcomeReport report) {
		return insertIfAbsent(Objects.requireNonNull(report.id(), "an imported report keeps its id"), report);
	}

	/** Stores a metrics record unless its id is taken; returns whether it did. */
	public boolean importIfAbsent(OutcomeMetrics metrics) {
		return insertIfAbsent(Objects.requireNonNull(metrics.id(), "an imported record keeps its id"), metrics);
	}

	/**
	 * Stores which problems a proposal's demonstration resolved, unless that is known;
	 * returns whether it did.
	 */
	public boolean importResolutionsIfAbsent(String proposalId, List<String> problemIds, Instant at) {
		return insertIfAbsent(proposalId, new ProblemResolutions(proposalId, List.copyOf(problemIds), at));
	}

	private boolean insertIfAbsent(String id, Object record) {
		if (this.mongo.findById(id, record.getClass()) != null) {
			return false;
		}
		this.mongo.insert(record);
		return true;
	}

}
