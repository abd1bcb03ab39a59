package jp.kitakyushu.busters.web.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.MissingCsrfTokenException;

/**
 * Turns every refusal into a page that says what happened, in the user's language: a form
 * sent without its security token (stale page, forged post) and a page meant for another
 * role. A form whose session expired keeps its input instead (see {@link FormDrafts}).
 */
final class AccessDeniedPages implements AccessDeniedHandler {

	static final String CSRF_PAGE = "/system/csrf";

	static final String ROLE_PAGE = "/system/not-for-your-role";

	private final FormDrafts drafts;

	AccessDeniedPages(FormDrafts drafts) {
		this.drafts = drafts;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (denied instanceof MissingCsrfTokenException && this.drafts.keepIfSessionExpired(request)) {
			// Back to the form by GET: sign-in comes first, then the page shows the
			// input.
			response.sendRedirect(request.getRequestURI());
			return;
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		request.setAttribute(SystemPagesController.REFUSED_PATH, request.getRequestURI());
		request.getRequestDispatcher((denied instanceof CsrfException) ? CSRF_PAGE : ROLE_PAGE)
			.forward(request, response);
	}

}
