/**
 * Keeps Keycloak's realm role {@code company} in step with company membership: whoever
 * registers or joins a company receives it, and whoever leaves their last company loses
 * it, through Keycloak's admin API with a service account that may only manage users.
 */
@ApplicationModule(allowedDependencies = { "company", "system", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.companyrole;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
