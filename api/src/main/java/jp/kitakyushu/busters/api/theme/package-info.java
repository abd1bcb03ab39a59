/**
 * Themes (提案テーマ) staff curate from citizens' problems, with a budget cap, a call window
 * and evaluation criteria, open to companies' proposals.
 */
@ApplicationModule(allowedDependencies = { "proposal", "category", "audit", "system", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.theme;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
