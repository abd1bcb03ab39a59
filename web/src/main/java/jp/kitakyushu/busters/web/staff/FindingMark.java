package jp.kitakyushu.busters.web.staff;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A personal-data finding as a list of waiting posts counts it: how sure the detector was
 * and whether staff have decided, never where or what it is.
 *
 * @param confidence MASKED or FLAGGED
 * @param reviewed whether staff have decided on it
 */
public record FindingMark(String confidence, boolean reviewed) {

	/**
	 * How many of a post's findings are flagged and not yet decided: each holds its
	 * publishing back.
	 * @param findings the post's findings, or null when the caller may not see them
	 * @return the count
	 */
	public static long waiting(@Nullable List<FindingMark> findings) {
		return (findings == null) ? 0
				: findings.stream()
					.filter((finding) -> "FLAGGED".equals(finding.confidence) && !finding.reviewed)
					.count();
	}

}
