package jp.kitakyushu.busters.api.system.graphql;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size before they are read, with a
 * GraphQL-shaped error, so a huge document cannot tie up the parser.
 */
@Component
class RequestSizeFilter extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeFilter(QueryLimitsProperties limits) {
		this.maxBytes = limits.maxRequestSize().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.maxBytes) {
			response.setStatus(413);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"errors\":[{\"message\":\"The request is too large: at most " + this.maxBytes
						+ " bytes are accepted.\",\"extensions\":{\"code\":\"BAD_REQUEST\"}}]}");
			return;
		}
		chain.doFilter(request, response);
	}

}
