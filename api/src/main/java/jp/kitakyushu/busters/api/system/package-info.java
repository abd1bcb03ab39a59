/**
 * What every feature stands on: error codes, GraphQL plumbing, security, the store and
 * health.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package jp.kitakyushu.busters.api.system;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
