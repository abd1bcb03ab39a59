/**
 * What every page stands on: sign-in through Keycloak, the GraphQL client that relays the
 * user's token, and the language of the pages.
 */
@NullMarked
package jp.kitakyushu.busters.web.system;

import org.jspecify.annotations.NullMarked;
