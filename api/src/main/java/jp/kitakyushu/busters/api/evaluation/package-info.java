/**
 * Staff's evaluation of shortlisted proposals against their theme's weighted criteria,
 * blind until each reviewer has given their own scores.
 */
@NullMarked
package jp.kitakyushu.busters.api.evaluation;

import org.jspecify.annotations.NullMarked;
