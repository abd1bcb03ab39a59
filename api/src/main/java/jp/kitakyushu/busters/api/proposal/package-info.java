/**
 * Companies' proposals (提案) to themes: drafting, submission within the call window and
 * the budget cap, staff decisions and the demonstration's progress, kept confidential to
 * the proposing company and staff.
 */
@ApplicationModule(allowedDependencies = { "company", "audit", "privacy", "system", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.proposal;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
