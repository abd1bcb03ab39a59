/**
 * The audit trail: who changed what, when, readable by staff.
 */
@ApplicationModule(allowedDependencies = { "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.audit;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
