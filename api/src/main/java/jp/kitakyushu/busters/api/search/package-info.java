/**
 * Search and matching in the api: indexes exactly the entities the features' events name,
 * follows the store for everything written elsewhere, and answers search and matching
 * queries under the same visibility rules as the rest of the API.
 */
@ApplicationModule(allowedDependencies = { "problem", "theme", "proposal", "system", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.search;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
