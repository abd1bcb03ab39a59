package jp.kitakyushu.busters.web.system;

import java.net.URI;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The map on the posting page. Without a tile server the page asks for a landmark or
 * address instead, which is always enough.
 *
 * @param tileUrl a Leaflet tile URL template such as
 * {@code https://tile.example.org/{z}/{x}/{y}.png}; empty for no map
 * @param attribution the tile provider's required credit, shown under the map
 */
@ConfigurationProperties("busters.map")
public record MapProperties(@DefaultValue("") String tileUrl, @DefaultValue("") String attribution) {

	/** Whether a tile server is configured. */
	public boolean enabled() {
		return !this.tileUrl.isBlank();
	}

	/** The tile server's origin, for the Content-Security-Policy's {@code img-src}. */
	Optional<String> tileOrigin() {
		if (!enabled()) {
			return Optional.empty();
		}
		URI uri = URI.create(this.tileUrl.replace("{", "").replace("}", ""));
		return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
	}

}
