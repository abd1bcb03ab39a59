/**
 * Companies that propose solutions: registration with a validated corporate number,
 * verification and suspension by staff, and members managed by the first member with
 * one-time invitation codes.
 */
@ApplicationModule(allowedDependencies = { "audit", "system", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.company;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
