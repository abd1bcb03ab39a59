package jp.kitakyushu.busters.api.mail;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Reads and saves a signed-in user's notification preferences. The address is copied from
 * the caller's token each time, so it follows what Keycloak holds (and whether Keycloak
 * verified it) and no client can point another person's mail elsewhere.
 */
@Service
class NotificationPreferencesService {

	/** The languages mail is written in. */
	static final Set<String> LANGUAGES = Set.of("ja", "en");

	static final String TYPE = "NotificationPreferences";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final AuditLog audit;

	NotificationPreferencesService(MongoTemplate mongo, Clock clock, AuditLog audit) {
		this.mongo = mongo;
		this.clock = clock;
		this.audit = audit;
	}

	@PreAuthorize("isAuthenticated()")
	public NotificationPreferences mine() {
		Viewer viewer = Viewer.require();
		NotificationPreferences stored = find(viewer.subject()).orElse(null);
		boolean verified = emailVerified();
		if (stored == null) {
			return new NotificationPreferences(viewer.subject(), false, viewer.email(), verified, "ja",
					this.clock.instant());
		}
		if (!Objects.equals(stored.getEmail(), viewer.email()) || stored.isEmailVerified() != verified) {
			// Keep the address in step with Keycloak, whose token is the only source.
			return this.mongo.save(new NotificationPreferences(viewer.subject(), stored.isEmailEnabled(),
					viewer.email(), verified, stored.getLanguage(), this.clock.instant()));
		}
		return stored;
	}

	@PreAuthorize("isAuthenticated()")
	public NotificationPreferences update(boolean emailEnabled, @Nullable String language) {
		Viewer viewer = Viewer.require();
		String chosen = (language != null) ? language
				: find(viewer.subject()).map(NotificationPreferences::getLanguage).orElse("ja");
		if (!LANGUAGES.contains(chosen)) {
			throw new UserErrorException(UserError.of("language", UserErrorCode.INVALID,
					"Mail is written in Japanese (ja) or English (en), not '" + chosen + "'."));
		}
		if (emailEnabled && (viewer.email() == null || viewer.email().isBlank())) {
			throw new UserErrorException(UserError.of("emailEnabled", UserErrorCode.NOT_ALLOWED,
					"Your account has no e-mail address; add one in your account first."));
		}
		NotificationPreferences saved = this.mongo.save(new NotificationPreferences(viewer.subject(), emailEnabled,
				viewer.email(), emailVerified(), chosen, this.clock.instant()));
		this.audit.record("notificationPreferences.update", TYPE, viewer.subject(),
				Map.of("emailEnabled", emailEnabled, "language", chosen));
		return saved;
	}

	/** The preferences of a user, for sending them mail. */
	Optional<NotificationPreferences> find(String subject) {
		return Optional.ofNullable(this.mongo.findById(subject, NotificationPreferences.class));
	}

	private static boolean emailVerified() {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
			Jwt jwt = token.getToken();
			return Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified"));
		}
		return false;
	}

}
