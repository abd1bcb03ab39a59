/**
 * The categories problems and themes are filed under: configured by the city, or the
 * programme's ten.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package jp.kitakyushu.busters.api.category;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
