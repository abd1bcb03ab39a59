/**
 * The demo data: realistic Kitakyushu content loaded once into an empty platform, so a
 * first run shows the whole cycle from problems to a funded, reported demonstration.
 */
@ApplicationModule(allowedDependencies = { "problem", "theme", "proposal", "company", "outcome", "fund", "audit" })
@NullMarked
package jp.kitakyushu.busters.api.demo;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
