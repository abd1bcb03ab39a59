/**
 * The Busters Fund (実証寄付基金): contributions, allocations to selected proposals and
 * disbursements per milestone, in an append-only ledger whose invariants hold under
 * concurrency.
 */
@ApplicationModule(allowedDependencies = { "proposal", "audit", "system", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.fund;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
