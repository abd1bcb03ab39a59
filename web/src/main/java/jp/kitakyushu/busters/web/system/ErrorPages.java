package jp.kitakyushu.busters.web.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container sees (an unknown page, a failure) renders one page that says
 * what happened in the user's language and never shows a stack trace or an exception.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return new ModelAndView("system/error", Map.of("status", status.value()), status);
	}

}
