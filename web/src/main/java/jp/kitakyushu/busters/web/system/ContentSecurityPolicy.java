package jp.kitakyushu.busters.web.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The site's Content-Security-Policy: scripts and styles only from the site itself (no
 * inline script or style anywhere), images also from the configured map tiles, forms only
 * to the site and to Keycloak (signing out redirects there), and no framing.
 */
final class ContentSecurityPolicy {

	private ContentSecurityPolicy() {
	}

	static String of(KeycloakClientProperties keycloak, MapProperties map) {
		List<String> images = new ArrayList<>(List.of("'self'"));
		map.tileOrigin().ifPresent(images::add);
		return String.join("; ", "default-src 'self'", "script-src 'self'", "style-src 'self'",
				"img-src " + String.join(" ", images), "font-src 'self'", "connect-src 'self'",
				"form-action 'self' " + origin(keycloak.url()), "frame-ancestors 'none'", "base-uri 'self'",
				"object-src 'none'");
	}

	private static String origin(String url) {
		URI uri = URI.create(url);
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

}
