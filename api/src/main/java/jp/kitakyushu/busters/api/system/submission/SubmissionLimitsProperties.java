package jp.kitakyushu.busters.api.system.submission;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many submissions a user and an address may make in a sliding window.
 *
 * @param perUser submissions per user per window
 * @param perAddress submissions per network address per window (higher: a ward office or
 * a household can share one address)
 * @param window the length of the window
 */
@ConfigurationProperties("busters.submissions")
record SubmissionLimitsProperties(@DefaultValue("10") int perUser, @DefaultValue("60") int perAddress,
		@DefaultValue("1h") Duration window) {
}
