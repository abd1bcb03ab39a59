package jp.kitakyushu.busters.api.problem;

import org.jspecify.annotations.Nullable;

/**
 * How to reach the person behind a problem: taken from their account for web submissions,
 * or written down by staff for proxy intake. Personal data: only the person and staff
 * read it.
 *
 * @param name the person's name
 * @param phone a phone number
 * @param email an e-mail address
 * @param address a postal address
 * @param note anything else staff noted (e.g. "prefers a call in the morning")
 */
public record Contact(@Nullable String name, @Nullable String phone, @Nullable String email, @Nullable String address,
		@Nullable String note) {
}
