package jp.kitakyushu.busters.api.theme;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What deadline and batching tests need on top of the real api: a clock they can move and
 * a count of the store reads. Test classes that import it (and set
 * {@code busters.theme.closing-interval} alike) share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ThemeTestConfiguration {

	/** Keeps the scheduled closing job out of the way; tests trigger it themselves. */
	public static final String QUIET_CLOSING_JOB = "busters.theme.closing-interval=1h";

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock();
	}

	@Bean
	StoreCommands storeCommands() {
		return new StoreCommands();
	}

	@Bean
	MongoClientSettingsBuilderCustomizer countStoreCommands(StoreCommands commands) {
		return (settings) -> settings.addCommandListener(commands);
	}

}
