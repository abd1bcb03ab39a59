/**
 * The demo's mail page: what the demo's own mail server received (verification and reset
 * mails from Keycloak, the platform's notifications), for staff trying the platform.
 */
@NullMarked
package jp.kitakyushu.busters.web.staff.demomail;

import org.jspecify.annotations.NullMarked;
