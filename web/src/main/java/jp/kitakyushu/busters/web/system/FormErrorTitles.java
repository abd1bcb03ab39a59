package jp.kitakyushu.busters.web.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Marks a page whose form has errors ({@code pageHasErrors}), so its title starts with
 * "エラー:" / "Error:" and a screen reader user hears at once that the form came back.
 */
@Configuration(proxyBeanMethods = false)
class FormErrorTitles implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))
				|| view.getView() instanceof RedirectView) {
			// A redirect's model becomes its query string: nothing to add there.
			return;
		}
		boolean errors = view.getModel()
			.values()
			.stream()
			.anyMatch((value) -> value instanceof BindingResult binding && binding.hasErrors());
		view.addObject("pageHasErrors", errors);
	}

}
