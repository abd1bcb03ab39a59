/**
 * The signed-in caller's own account, as seen through their token.
 */
@ApplicationModule(allowedDependencies = { "system", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.account;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
