package jp.kitakyushu.busters.api.system.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a refused bearer token with 401 and a GraphQL-shaped body, so a GraphQL client
 * sees the same {@code UNAUTHENTICATED} code it gets for a missing token, and never a
 * stack trace.
 */
class JsonAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private static final String BODY = """
			{"errors":[{"message":"The access token was refused: it is invalid, expired, for another \
			audience or from another issuer. Sign in again.","extensions":{"code":"UNAUTHENTICATED"}}]}""";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(BODY);
	}

}
