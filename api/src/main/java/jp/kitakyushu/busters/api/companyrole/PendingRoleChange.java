package jp.kitakyushu.busters.api.companyrole;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person whose {@code company} role may not match their membership yet, kept until
 * Keycloak has taken the change, so an outage of Keycloak delays the role but never loses
 * it. One document per person: what to do is worked out from their membership when it is
 * done, so changes in quick succession (leave, then join) cannot arrive out of order.
 *
 * @param subject the person's Keycloak subject (the document's id)
 * @param since when the first unreconciled change happened
 * @param attempts how many times Keycloak refused or did not answer
 * @param nextAttemptAt when to try again
 * @param lastError what went wrong the last time
 */
@Document("company_role_changes")
record PendingRoleChange(@Id String subject, Instant since, int attempts, Instant nextAttemptAt,
		@Nullable String lastError) {
}
