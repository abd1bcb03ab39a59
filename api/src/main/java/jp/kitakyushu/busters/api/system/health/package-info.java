/**
 * Health of the api's dependencies, for the GraphQL {@code health} query.
 */
@NullMarked
package jp.kitakyushu.busters.api.system.health;

import org.jspecify.annotations.NullMarked;
