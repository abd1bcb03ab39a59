/**
 * Notifications: what the platform tells a signed-in user about their own things (e.g. a
 * theme took up their problem), each readable and markable by its recipient only.
 */
@ApplicationModule(allowedDependencies = { "problem", "theme", "audit", "system", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.notification;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
