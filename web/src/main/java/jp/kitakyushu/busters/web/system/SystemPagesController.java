package jp.kitakyushu.busters.web.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The refusal pages: a form without its security token, and a page meant for another
 * role. Both answer 403 whichever way they are reached.
 */
@Controller
class SystemPagesController {

	static final String REFUSED_PATH = SystemPagesController.class.getName() + ".path";

	@RequestMapping(AccessDeniedPages.CSRF_PAGE)
	String csrf(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "system/csrf";
	}

	@RequestMapping(AccessDeniedPages.ROLE_PAGE)
	String notForYourRole(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		model.addAttribute("audience", Audience.of(String.valueOf(request.getAttribute(REFUSED_PATH))));
		return "system/denied";
	}

	/**
	 * Who a part of the site is for, by its URL prefix.
	 */
	enum Audience {

		CITIZEN, COMPANY, STAFF, UNKNOWN;

		static Audience of(String path) {
			if (path.startsWith("/my/") || path.equals("/my")) {
				return CITIZEN;
			}
			if (path.startsWith("/company/") || path.equals("/company")) {
				return COMPANY;
			}
			if (path.startsWith("/staff/") || path.equals("/staff")) {
				return STAFF;
			}
			return UNKNOWN;
		}

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
