package jp.kitakyushu.busters.api.companyrole;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jp.kitakyushu.busters.api.company.CompanyMembershipChanged;
import jp.kitakyushu.busters.api.company.CompanyQueries;
import jp.kitakyushu.busters.api.system.security.KeycloakProperties;
import jp.kitakyushu.busters.api.system.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives the realm role {@code company} to whoever belongs to a company and takes it from
 * whoever belongs to none, whenever a membership changes. The change is tried at once, so
 * a person who has just registered their organisation can sign in again and act for it;
 * if Keycloak cannot take it, it is kept in the store and tried again with growing pauses
 * until it can.
 */
@Component
@EnableConfigurationProperties(CompanyRoleProperties.class)
class CompanyRoleSync {

	private static final Logger log = LoggerFactory.getLogger(CompanyRoleSync.class);

	/** The longest pause between two attempts for one person. */
	static final Duration MAX_PAUSE = Duration.ofHours(1);

	private static final int BATCH = 50;

	private final CompanyQueries companies;

	private final MongoTemplate mongo;

	private final CompanyRoleProperties properties;

	private final Clock clock;

	private final KeycloakRoleMappings keycloak;

	CompanyRoleSync(CompanyQueries companies, MongoTemplate mongo, CompanyRoleProperties properties,
			KeycloakProperties keycloak, Clock clock) {
		this.companies = companies;
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
		String url = properties.keycloakUrl().isBlank() ? keycloak.url() : properties.keycloakUrl();
		this.keycloak = new KeycloakRoleMappings(url, keycloak.realm(), properties, clock);
		if (!properties.enabled()) {
			log.warn("busters.company-role.client-secret is not set: the 'company' role is not granted or revoked "
					+ "when people register, join or leave companies; an administrator must do it in Keycloak");
		}
	}

	@EventListener
	void on(CompanyMembershipChanged event) {
		if (!this.properties.enabled()) {
			return;
		}
		Instant now = this.clock.instant();
		PendingRoleChange pending = this.mongo.findById(event.subject(), PendingRoleChange.class);
		this.mongo.save(new PendingRoleChange(event.subject(), (pending != null) ? pending.since() : now,
				(pending != null) ? pending.attempts() : 0, now, (pending != null) ? pending.lastError() : null));
		reconcile(event.subject());
	}

	/** Tries again the changes Keycloak could not take before. */
	@Scheduled(fixedDelayString = "${busters.company-role.retry-interval:30s}")
	void retryPending() {
		if (!this.properties.enabled()) {
			return;
		}
		Query due = Query.query(Criteria.where("nextAttemptAt").lte(this.clock.instant()))
			.with(Sort.by("nextAttemptAt"))
			.limit(BATCH);
		List<PendingRoleChange> changes = this.mongo.find(due, PendingRoleChange.class);
		for (PendingRoleChange change : changes) {
			reconcile(change.subject());
		}
	}

	/**
	 * Makes Keycloak match the person's membership as it is now, and forgets the pending
	 * change once it does; returns whether it did.
	 */
	boolean reconcile(String subject) {
		boolean member = !this.companies.memberCompanyIds(subject).isEmpty();
		try {
			boolean known = this.keycloak.set(subject, Role.COMPANY.realmName(), member);
			if (!known) {
				log.warn("Keycloak has no user {}: the 'company' role was not {}", subject,
						member ? "granted" : "revoked");
			}
			this.mongo.remove(Query.query(Criteria.where("_id").is(subject)), PendingRoleChange.class);
			return true;
		}
		catch (RuntimeException ex) {
			this.keycloak.forgetToken();
			PendingRoleChange pending = this.mongo.findById(subject, PendingRoleChange.class);
			Instant now = this.clock.instant();
			int attempts = (pending != null) ? pending.attempts() + 1 : 1;
			this.mongo.save(new PendingRoleChange(subject, (pending != null) ? pending.since() : now, attempts,
					now.plus(pause(this.properties.retryInterval(), attempts)), ex.getMessage()));
			log.warn("Keycloak did not take the 'company' role change for {} (attempt {}): {}", subject, attempts,
					ex.getMessage());
			return false;
		}
	}

	/** Doubles with every failed attempt, from the retry interval up to an hour. */
	static Duration pause(Duration interval, int attempts) {
		Duration pause = interval;
		for (int i = 1; i < attempts && pause.compareTo(MAX_PAUSE) < 0; i++) {
			pause = pause.multipliedBy(2);
		}
		return (pause.compareTo(MAX_PAUSE) > 0) ? MAX_PAUSE : pause;
	}

}
