package jp.kitakyushu.busters.web.citizen.account;

import org.jspecify.annotations.Nullable;

/**
 * The notification preferences form.
 *
 * @param emailEnabled whether to get e-mail about one's problems (an unchecked box sends
 * nothing, which binds as null: no)
 * @param language the mail's language, {@code ja} or {@code en}
 */
public record PreferencesForm(@Nullable Boolean emailEnabled, @Nullable String language) {

	boolean wantsEmail() {
		return Boolean.TRUE.equals(this.emailEnabled);
	}

}
