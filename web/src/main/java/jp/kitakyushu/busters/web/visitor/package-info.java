/**
 * The visitor's part of the site: pages anyone may read without signing in (home,
 * problems, themes, the fund, search, the accessibility statement). Public by design; the
 * api decides what each visitor may see.
 */
@NullMarked
package jp.kitakyushu.busters.web.visitor;

import org.jspecify.annotations.NullMarked;
