package jp.kitakyushu.busters.web.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;
import org.springframework.validation.DataBinder;

/**
 * Keeps what a person typed when their session ran out in the middle of a form. The post
 * arrives without a valid session (so without its CSRF token): instead of losing the
 * input, it is kept in a fresh session, the person signs in again, and the form's page
 * shows it filled in, to check and send again. Nothing is sent on their behalf.
 * <p>
 * Only a post that carried a session cookie the server no longer knows counts: a forged
 * cross-site post carries no cookie at all (the session cookie is {@code SameSite=Lax}),
 * so it cannot plant input in someone's form.
 */
@Component
public class FormDrafts {

	private static final String PREFIX = FormDrafts.class.getName() + ":";

	/** Forms stay small; anything larger is not kept. */
	private static final int MAX_CHARACTERS = 20_000;

	/**
	 * Keeps the posted fields of an audience page whose session expired, and says whether
	 * it did.
	 */
	boolean keepIfSessionExpired(HttpServletRequest request) {
		boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
		String path = path(request);
		if (!expired || !"POST".equals(request.getMethod()) || !isAudiencePage(path)) {
			return false;
		}
		Map<String, String> fields = new LinkedHashMap<>();
		int size = 0;
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getKey().equals("_csrf") || parameter.getValue().length == 0) {
				continue;
			}
			String value = parameter.getValue()[0];
			size += parameter.getKey().length() + value.length();
			fields.put(parameter.getKey(), value);
		}
		if (fields.isEmpty() || size > MAX_CHARACTERS) {
			return false;
		}
		request.getSession(true).setAttribute(PREFIX + path, fields);
		return true;
	}

	/**
	 * The input kept for this page's form, bound to the form's record, once: taking it
	 * removes it.
	 */
	public <T> Optional<T> take(HttpServletRequest request, Class<T> formType) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Optional.empty();
		}
		String key = PREFIX + path(request);
		Object kept = session.getAttribute(key);
		session.removeAttribute(key);
		if (!(kept instanceof Map<?, ?> fields)) {
			return Optional.empty();
		}
		DataBinder binder = new DataBinder(null);
		binder.setTargetType(ResolvableType.forClass(formType));
		binder.construct(new DataBinder.ValueResolver() {

			@Override
			public @Nullable Object resolveValue(String name, Class<?> type) {
				return fields.get(name);
			}

			@Override
			public Set<String> getNames() {
				return fields.keySet().stream().map(String::valueOf).collect(Collectors.toSet());
			}

		});
		return Optional.ofNullable(formType.cast(binder.getTarget()));
	}

	static boolean isAudiencePage(String path) {
		return path.startsWith("/my/") || path.startsWith("/company/") || path.startsWith("/staff/");
	}

	private static String path(HttpServletRequest request) {
		@Nullable String context = request.getContextPath();
		String uri = request.getRequestURI();
		return (context != null && !context.isEmpty() && uri.startsWith(context)) ? uri.substring(context.length())
				: uri;
	}

}
