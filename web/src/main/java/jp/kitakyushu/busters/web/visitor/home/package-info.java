/**
 * The home page: open calls, recent problems, the programme's figures and how it works.
 */
@NullMarked
package jp.kitakyushu.busters.web.visitor.home;

import org.jspecify.annotations.NullMarked;
