package jp.kitakyushu.busters.api.support;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * Test-only beans shared by the api's integration tests.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

	@Bean
	MongoCommandCounter mongoCommandCounter() {
		return new MongoCommandCounter();
	}

	@Bean
	FixtureWritesAreAnnounced fixtureWritesAreAnnounced(ApplicationEventPublisher events) {
		return new FixtureWritesAreAnnounced(events);
	}

	@Bean
	MongoClientSettingsBuilderCustomizer countCommands(MongoCommandCounter counter) {
		return (settings) -> settings.addCommandListener(counter);
	}

}
