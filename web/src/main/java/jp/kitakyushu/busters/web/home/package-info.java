/**
 * The home page.
 */
@NullMarked
package jp.kitakyushu.busters.web.home;

import org.jspecify.annotations.NullMarked;
