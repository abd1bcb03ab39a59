/**
 * My account: name and e-mail as Keycloak holds them, notification preferences, and what
 * the platform keeps about me and who can see it.
 */
@NullMarked
package jp.kitakyushu.busters.web.citizen.account;

import org.jspecify.annotations.NullMarked;
