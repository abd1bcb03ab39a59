/**
 * Search and matching in the api: keeps the Lucene index of the search library in step
 * with MongoDB and answers search and matching queries under the same visibility rules as
 * the rest of the API.
 */
@ApplicationModule(allowedDependencies = { "problem", "theme", "proposal", "company", "system", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.search;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
