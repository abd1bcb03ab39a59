package jp.kitakyushu.busters.web.company.onboarding;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * After registering or joining, the api has given the person the {@code company} role in
 * Keycloak, but the session still holds the roles of its sign-in. Signing in again picks
 * the new role up; while Keycloak's own session lasts this happens without a password, in
 * one round trip. It is tried once per change: if the role is still missing afterwards
 * (Keycloak did not take it yet), the person is told so instead of being sent round
 * again.
 */
final class RoleRefresh {

	static final String ATTRIBUTE = RoleRefresh.class.getName();

	private static final RequestCache REQUESTS = new HttpSessionRequestCache();

	private RoleRefresh() {
	}

	/**
	 * Remembers that a membership changed, to greet the person once the role is theirs.
	 */
	static void membershipChanged(HttpSession session, String messageKey, String companyId) {
		session.setAttribute(ATTRIBUTE, new Pending(messageKey, companyId, false));
	}

	/** What changed, if anything is waiting for the role. */
	static @Nullable Pending pending(HttpSession session) {
		return (session.getAttribute(ATTRIBUTE) instanceof Pending pending) ? pending : null;
	}

	static void done(HttpSession session) {
		session.removeAttribute(ATTRIBUTE);
	}

	static boolean hasCompanyRole(@Nullable Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_COMPANY".equals(authority.getAuthority()));
	}

	/**
	 * Sends the person through sign-in once, back to this same page; returns false when
	 * that was already tried for this change.
	 */
	static boolean signInAgain(HttpServletRequest request, HttpServletResponse response, Pending pending)
			throws java.io.IOException {
		if (pending.tried()) {
			return false;
		}
		request.getSession().setAttribute(ATTRIBUTE, new Pending(pending.messageKey(), pending.companyId(), true));
		REQUESTS.saveRequest(request, response);
		response.sendRedirect(request.getContextPath() + "/oauth2/authorization/keycloak");
		return true;
	}

	/**
	 * A membership change waiting for the role to arrive.
	 *
	 * @param messageKey the message to greet the person with
	 * @param companyId the organisation to show them
	 * @param tried whether they were already signed in again for it
	 */
	record Pending(String messageKey, String companyId, boolean tried) implements Serializable {
	}

}
