package jp.kitakyushu.busters.api.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform sends e-mail. The mail server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} mail waits in the outbox.
 *
 * @param from the sender address
 * @param webUrl the web's address, for links in the mail
 * @param dispatchInterval how often the dispatcher looks for mail to send
 * @param batchSize the most mails one round sends
 * @param firstRetry the wait after the first failed attempt; it doubles after each
 * @param longestRetry the longest wait between attempts; retries never stop
 * @param demoSmtpPort the port of the demo's embedded mail server (demo profile only)
 */
@ConfigurationProperties("busters.mail")
record MailProperties(@DefaultValue("noreply@busters.example") String from,
		@DefaultValue("http://localhost:8080") String webUrl, @DefaultValue("5s") Duration dispatchInterval,
		@DefaultValue("20") int batchSize, @DefaultValue("30s") Duration firstRetry,
		@DefaultValue("15m") Duration longestRetry, @DefaultValue("3025") int demoSmtpPort) {

	/** The wait before the next attempt after {@code attempts} failed ones. */
	Duration retryAfter(int attempts) {
		Duration wait = this.firstRetry;
		for (int i = 1; i < attempts && wait.compareTo(this.longestRetry) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.longestRetry) > 0) ? this.longestRetry : wait;
	}

}
