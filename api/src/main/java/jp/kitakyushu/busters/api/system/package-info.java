/**
 * What every feature stands on: error codes, GraphQL plumbing, security, the store and
 * health.
 */
@NullMarked
package jp.kitakyushu.busters.api.system;

import org.jspecify.annotations.NullMarked;
