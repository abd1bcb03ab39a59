/**
 * The staff home: what is waiting, with links to where each piece of work is done.
 */
@NullMarked
package jp.kitakyushu.busters.web.staff.home;

import org.jspecify.annotations.NullMarked;
