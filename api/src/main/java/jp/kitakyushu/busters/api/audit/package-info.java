/**
 * The audit trail: who changed what, when, readable by staff.
 */
@ApplicationModule(allowedDependencies = { "privacy", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.audit;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
