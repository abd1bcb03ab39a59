package jp.kitakyushu.busters.web.staff.moderation;

import org.jspecify.annotations.Nullable;

/**
 * Why a problem is not published: one of the ready reasons, or words of one's own (which
 * win when both are given, so a ready reason can be edited).
 *
 * @param preset the key of a ready reason
 * @param reason the reason as written
 */
public record RejectForm(@Nullable String preset, @Nullable String reason) {

	static RejectForm blank() {
		return new RejectForm("", "");
	}

}
