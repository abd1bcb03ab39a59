/**
 * Becoming a company user: a signed-in citizen registers an organisation or joins one
 * with an invitation code, and is signed in again so the {@code company} role the api
 * grants for it takes effect.
 */
@NullMarked
package jp.kitakyushu.busters.web.company.onboarding;

import org.jspecify.annotations.NullMarked;
