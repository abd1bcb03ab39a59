/**
 * The curation board: published problems that no theme holds yet, grouped into clusters
 * of similar problems; staff pick problems from one or several clusters and start a theme
 * draft from them, pre-filled with the clusters' terms.
 */
@NullMarked
package jp.kitakyushu.busters.web.staff.curation;

import org.jspecify.annotations.NullMarked;
