/**
 * Who is calling: Keycloak access tokens validated as an OAuth2 resource server, realm
 * roles as authorities, and the signed-in user as features see it.
 */
@NamedInterface("security")
@NullMarked
package jp.kitakyushu.busters.api.system.security;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
