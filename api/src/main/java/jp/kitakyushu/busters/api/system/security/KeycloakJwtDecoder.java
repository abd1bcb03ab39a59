package jp.kitakyushu.busters.api.system.security;

import java.util.List;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * Validates Keycloak access tokens: signature against the realm's keys, issuer, expiry
 * and audience. Keys already fetched keep working while Keycloak is away; a token that
 * would need a fresh key fetch then is refused as invalid rather than failing the
 * request.
 */
class KeycloakJwtDecoder implements JwtDecoder {

	private final JwtDecoder delegate;

	KeycloakJwtDecoder(KeycloakProperties keycloak) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(keycloak.timeout());
		requests.setReadTimeout(keycloak.timeout());
		RestTemplate rest = new RestTemplate(requests);
		NimbusJwtDecoder nimbus = NimbusJwtDecoder.withJwkSetUri(keycloak.jwkSetUri()).restOperations(rest).build();
		nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(keycloak.issuer()), audience(keycloak.audience())));
		this.delegate = nimbus;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		try {
			return this.delegate.decode(token);
		}
		catch (BadJwtException ex) {
			throw ex;
		}
		catch (JwtException ex) {
			// Not the token's fault (e.g. Keycloak unreachable for a key fetch), but the
			// token cannot be trusted now either: refuse it as 401, never a 500.
			throw new BadJwtException("The token cannot be verified right now: " + ex.getMessage(), ex);
		}
	}

	private static OAuth2TokenValidator<Jwt> audience(String audience) {
		OAuth2Error error = new OAuth2Error("invalid_token", "The token is not meant for " + audience, null);
		return (jwt) -> {
			List<String> audiences = jwt.getAudience();
			return (audiences != null && audiences.contains(audience)) ? OAuth2TokenValidatorResult.success()
					: OAuth2TokenValidatorResult.failure(error);
		};
	}

}
