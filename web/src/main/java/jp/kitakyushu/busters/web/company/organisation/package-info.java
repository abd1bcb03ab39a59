/**
 * The organisation: the company home, its profile and state ("waiting for the city to
 * verify"), the profile form, and its members with invitations, removal and handing over
 * the management of members.
 */
@NullMarked
package jp.kitakyushu.busters.web.company.organisation;

import org.jspecify.annotations.NullMarked;
