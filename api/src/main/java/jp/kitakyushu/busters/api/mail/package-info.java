/**
 * E-mail to citizens who ask for it: their notification preferences (the address always
 * from their sign-in token), an outbox in the store that a dispatcher empties with
 * retries (a write never waits for a mail server, and an outage loses nothing), the texts
 * in the citizen's language, and for the demo an embedded mail server whose mail staff
 * can read.
 */
@ApplicationModule(allowedDependencies = { "problem", "proposal", "theme", "audit", "system", "system :: *" })
@NullMarked
package jp.kitakyushu.busters.api.mail;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
