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
 * @param staffIntakePerUser problems one staff member may enter on citizens' behalf per
 * window (phone, counter, paper): a clerk taking calls all day enters far more than a
 * citizen posts, so this is its own, much higher limit, not counted per address either (a
 * ward office shares one)
 */
@ConfigurationProperties("busters.submissions")
record SubmissionLimitsProperties(@DefaultValue("10") int perUser, @DefaultValue("60") int perAddress,
		@DefaultValue("1h") Duration window, @DefaultValue("300") int staffIntakePerUser) {
}
