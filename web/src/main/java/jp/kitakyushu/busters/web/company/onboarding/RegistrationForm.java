package jp.kitakyushu.busters.web.company.onboarding;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a citizen types to register their organisation, kept as typed.
 *
 * @param name the registered name
 * @param corporateNumber the 法人番号, with or without hyphens
 * @param description what the organisation does
 * @param capabilities what it can do, in its words
 * @param tags keywords, separated by commas or 読点
 * @param idempotencyKey makes a repeated submit register once
 */
record RegistrationForm(@Nullable String name, @Nullable String corporateNumber, @Nullable String description,
		@Nullable String capabilities, @Nullable String tags, @Nullable String idempotencyKey) {

	static RegistrationForm blank() {
		return new RegistrationForm("", "", "", "", "", UUID.randomUUID().toString());
	}

	/** The same input with an idempotency key, keeping the one it has. */
	RegistrationForm withKey() {
		return (this.idempotencyKey != null && !this.idempotencyKey.isBlank()) ? this : new RegistrationForm(this.name,
				this.corporateNumber, this.description, this.capabilities, this.tags, UUID.randomUUID().toString());
	}

	/** Keywords as typed, split at commas, 読点 and line breaks. */
	static List<String> tagList(@Nullable String tags) {
		if (tags == null) {
			return List.of();
		}
		return Arrays.stream(tags.split("[,，、\\n]")).map(String::strip).filter((tag) -> !tag.isEmpty()).toList();
	}

	static String text(@Nullable String value) {
		return (value != null) ? value.strip() : "";
	}

}
