/**
 * City staff's part of the site, under {@code /staff/**} (role {@code staff}):
 * moderation, intake on a citizen's behalf, curation, themes, evaluation, companies, the
 * fund, outcomes and the audit trail; in the demo, the mail the demo's server received.
 */
@NullMarked
package jp.kitakyushu.busters.web.staff;

import org.jspecify.annotations.NullMarked;
