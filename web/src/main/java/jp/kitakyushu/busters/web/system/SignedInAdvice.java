package jp.kitakyushu.busters.web.system;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether someone is signed in, for the header's sign-in and sign-out
 * controls.
 */
@ControllerAdvice
class SignedInAdvice {

	@ModelAttribute("signedIn")
	boolean signedIn(@Nullable Authentication authentication) {
		return authentication instanceof OAuth2AuthenticationToken;
	}

}
