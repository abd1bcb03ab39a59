package jp.kitakyushu.busters.web.system;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Japanese first: pages are Japanese unless the visitor picks English with
 * {@code ?lang=en}, which a cookie remembers. Keycloak's pages follow the same choice.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Set<String> SUPPORTED = Set.of("ja", "en");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("busters-lang");
		resolver.setDefaultLocale(Locale.JAPANESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
			@Override
			protected @Nullable Locale parseLocaleValue(String value) {
				// Only the two languages the site is written in; anything else is
				// Japanese.
				return SUPPORTED.contains(value) ? Locale.forLanguageTag(value) : null;
			}
		};
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

}
