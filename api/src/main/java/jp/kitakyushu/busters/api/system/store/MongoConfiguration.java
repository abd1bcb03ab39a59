package jp.kitakyushu.busters.api.system.store;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.mongodb.config.EnableMongoAuditing;

/**
 * Stamps {@code createdAt}/{@code updatedAt} from the api's clock on every save.
 */
@Configuration(proxyBeanMethods = false)
@EnableMongoAuditing(dateTimeProviderRef = "auditingDateTimeProvider")
class MongoConfiguration {

	@Bean
	DateTimeProvider auditingDateTimeProvider(Clock clock) {
		return () -> Optional.of(clock.instant());
	}

}
