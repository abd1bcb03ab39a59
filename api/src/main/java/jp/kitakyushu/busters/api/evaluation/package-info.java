/**
 * Staff's evaluation of shortlisted proposals against their theme's weighted criteria,
 * blind until each reviewer has given their own scores.
 */
@ApplicationModule(allowedDependencies = { "proposal", "theme", "audit", "system", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.evaluation;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
