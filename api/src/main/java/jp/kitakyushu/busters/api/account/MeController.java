package jp.kitakyushu.busters.api.account;

import java.util.List;

import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code me}: who the api thinks the caller is.
 */
@Controller
class MeController {

	@QueryMapping
	@PreAuthorize("isAuthenticated()")
	Me me() {
		Viewer viewer = Viewer.require();
		return new Me(viewer.subject(), viewer.roles().stream().map(Role::realmName).toList(), viewer.name());
	}

	record Me(String subject, List<String> roles, @Nullable String name) {
	}

}
