/**
 * Themes for us: the open themes ranked by how well they fit what the company says it can
 * do, with the terms that matched and the passages that show why, and every open theme
 * below.
 */
@NullMarked
package jp.kitakyushu.busters.web.company.themes;

import org.jspecify.annotations.NullMarked;
