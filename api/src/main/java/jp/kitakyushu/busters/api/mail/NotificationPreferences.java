package jp.kitakyushu.busters.api.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Whether a user wants e-mail about their own problems, in which language, and to which
 * address: always the one their Keycloak token carried when they last saved or read these
 * preferences, never an address a client sent. One document per user, keyed by their
 * Keycloak subject.
 */
@Document("notification_preferences")
class NotificationPreferences {

	@Id
	private String subject;

	private boolean emailEnabled;

	private @Nullable String email;

	private boolean emailVerified;

	private String language;

	private Instant updatedAt;

	NotificationPreferences(String subject, boolean emailEnabled, @Nullable String email, boolean emailVerified,
			String language, Instant updatedAt) {
		this.subject = subject;
		this.emailEnabled = emailEnabled;
		this.email = email;
		this.emailVerified = emailVerified;
		this.language = language;
		this.updatedAt = updatedAt;
	}

	/** Whether mail may go to this user now: wanted, and a verified address known. */
	boolean canMail() {
		return this.emailEnabled && this.emailVerified && this.email != null && !this.email.isBlank();
	}

	String getSubject() {
		return this.subject;
	}

	boolean isEmailEnabled() {
		return this.emailEnabled;
	}

	@Nullable String getEmail() {
		return this.email;
	}

	boolean isEmailVerified() {
		return this.emailVerified;
	}

	String getLanguage() {
		return this.language;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
