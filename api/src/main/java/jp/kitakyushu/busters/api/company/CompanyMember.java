package jp.kitakyushu.busters.api.company;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A user who belongs to a company.
 *
 * @param subject the user's Keycloak subject
 * @param name their display name when they joined, if the token had one
 * @param joinedAt when they joined
 */
public record CompanyMember(String subject, @Nullable String name, Instant joinedAt) {
}
