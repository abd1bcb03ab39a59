package jp.kitakyushu.busters.api.mail;

import java.util.List;

import jp.kitakyushu.busters.api.system.graphql.Mutations;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * A signed-in user's notification preferences over GraphQL.
 */
@Controller
class NotificationPreferencesController {

	private final NotificationPreferencesService preferences;

	NotificationPreferencesController(NotificationPreferencesService preferences) {
		this.preferences = preferences;
	}

	@QueryMapping
	NotificationPreferences myNotificationPreferences() {
		return this.preferences.mine();
	}

	@MutationMapping
	NotificationPreferencesPayload notificationPreferencesUpdate(@Argument NotificationPreferencesUpdateInput input) {
		return Mutations.run(() -> this.preferences.update(input.emailEnabled(), input.language()),
				NotificationPreferencesPayload::new);
	}

	/**
	 * The choices to save.
	 *
	 * @param emailEnabled whether to receive e-mail about one's own problems
	 * @param language the language of the mail, {@code ja} or {@code en}
	 */
	record NotificationPreferencesUpdateInput(boolean emailEnabled, @Nullable String language) {
	}

	/**
	 * The result of saving.
	 *
	 * @param preferences the preferences as saved, or null
	 * @param userErrors what to fix
	 */
	record NotificationPreferencesPayload(@Nullable NotificationPreferences preferences, List<UserError> userErrors) {
	}

}
