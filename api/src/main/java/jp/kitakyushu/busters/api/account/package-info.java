/**
 * The signed-in caller's own account, as seen through their token.
 */
@NullMarked
package jp.kitakyushu.busters.api.account;

import org.jspecify.annotations.NullMarked;
