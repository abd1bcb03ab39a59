package jp.kitakyushu.busters.web.visitor.problems;

import java.time.Instant;
import java.util.List;

import jp.kitakyushu.busters.web.ui.Category;
import jp.kitakyushu.busters.web.ui.Highlighted;

/**
 * A problem in the list as the public reads it (personal data masked by the api), with
 * the search words marked when there were any.
 *
 * @param id its global id
 * @param title its title
 * @param passages passages that matched the search words
 * @param ward its ward
 * @param status its status
 * @param supporterCount how many said "me too"
 * @param createdAt when it was posted
 * @param category its category
 */
public record ProblemItem(String id, Highlighted title, List<Highlighted> passages, String ward, String status,
		int supporterCount, Instant createdAt, Category category) {
}
