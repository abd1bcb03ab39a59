package jp.kitakyushu.busters.api.system.store;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks the store with {@code ping}, which both real MongoDB and the embedded server
 * answer (Boot's own check uses {@code hello}, which the embedded server lacks).
 */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

	private final MongoTemplate mongo;

	StoreHealthIndicator(MongoTemplate mongo) {
		super("The MongoDB store did not answer ping");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document answer = this.mongo.executeCommand(new Document("ping", 1));
		Object ok = answer.get("ok");
		if (ok instanceof Number number && number.doubleValue() == 1.0) {
			builder.up().withDetail("summary", "database " + this.mongo.getDb().getName() + " answers");
		}
		else {
			builder.down().withDetail("answer", answer.toJson());
		}
	}

}
