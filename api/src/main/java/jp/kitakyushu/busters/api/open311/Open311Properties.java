package jp.kitakyushu.busters.api.open311;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Open311 endpoint's settings.
 *
 * @param jurisdictionId the jurisdiction a client may name; any other is refused
 * @param perKeyPerHour how many requests one API key may submit in a clock hour, unless
 * staff set another limit on the key
 * @param defaultDays how far back {@code GET requests} looks without a start date (the
 * specification's 90 days)
 * @param maxPageSize the largest {@code page_size} accepted
 * @param contact who to contact about the endpoint, shown in discovery
 */
@ConfigurationProperties("busters.open311")
record Open311Properties(@DefaultValue("city.kitakyushu.lg.jp") String jurisdictionId,
		@DefaultValue("100") int perKeyPerHour, @DefaultValue("90") int defaultDays,
		@DefaultValue("100") int maxPageSize,
		@DefaultValue("北九州市 課題快傑バスターズ事務局 (Kitakyushu Busters office)") String contact) {
}
