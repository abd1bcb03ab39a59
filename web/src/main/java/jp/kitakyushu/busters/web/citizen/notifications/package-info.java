/**
 * A citizen's notifications: the list, and opening one (which marks it read).
 */
@NullMarked
package jp.kitakyushu.busters.web.citizen.notifications;

import org.jspecify.annotations.NullMarked;
