/**
 * What every page stands on: sign-in through Keycloak and one security rule per audience
 * prefix, the security headers, the refusal and error pages, the GraphQL client that
 * relays the user's token, the language of the pages and the header's view of the user.
 */
@NullMarked
package jp.kitakyushu.busters.web.system;

import org.jspecify.annotations.NullMarked;
