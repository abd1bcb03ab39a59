package jp.kitakyushu.busters.api.report;

import java.time.Instant;
import java.util.stream.Stream;

import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.problem.ProblemQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Builds the projection from the problems themselves where it was never built: a store
 * that held problems before reporting existed, or data imported without events. Stages
 * reached before the projection saw the problem are dated at its last change, the best
 * the store knows; from then on every change is dated when it happens.
 */
@Component
class ProblemProjectionRebuild {

	private static final Logger log = LoggerFactory.getLogger(ProblemProjectionRebuild.class);

	private final ProblemQueries problems;

	private final ProblemProjection projection;

	private final MongoTemplate mongo;

	ProblemProjectionRebuild(ProblemQueries problems, ProblemProjection projection, MongoTemplate mongo) {
		this.problems = problems;
		this.projection = projection;
		this.mongo = mongo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildIfNeverBuilt() {
		if (this.mongo.findById(Built.ID, Built.class) == null) {
			long counted = rebuild();
			if (counted > 0) {
				log.info("Reporting counted {} problems that were stored before it followed them", counted);
			}
		}
	}

	/** Forgets the projection and counts every problem again; returns how many. */
	long rebuild() {
		long counted;
		try (Stream<Problem> all = this.problems.streamAll()) {
			counted = this.projection.rebuild(all.map(ProblemFacts::of));
		}
		this.mongo.save(new Built(Built.ID, Instant.now(), counted));
		return counted;
	}

	/**
	 * When the projection was last built from the problems.
	 *
	 * @param id always {@link #ID}
	 * @param at when
	 * @param problems how many problems it counted
	 */
	@Document("report_meta")
	record Built(@Id String id, Instant at, long problems) {

		/**
		 * Versioned: a store built before durations were counted by the tenth of a day is
		 * counted again at start.
		 */
		static final String ID = "problems-built-2";

	}

}
