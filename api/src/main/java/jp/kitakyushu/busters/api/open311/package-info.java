/**
 * Open311 GeoReport v2, so existing civic-report apps can submit problems and follow
 * them: discovery, services and their definitions, requests and tokens in JSON and XML,
 * and the API keys staff issue, store hashed, count and rate-limit.
 */
@ApplicationModule(allowedDependencies = { "problem", "category", "audit", "system", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.open311;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
