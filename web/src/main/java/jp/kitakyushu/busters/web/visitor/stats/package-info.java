/**
 * The programme in figures: the public statistics page and the annual report page, both
 * drawn from the api's reporting with every figure's definition beside it.
 */
@NullMarked
package jp.kitakyushu.busters.web.visitor.stats;

import org.jspecify.annotations.NullMarked;
