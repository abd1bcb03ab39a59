package jp.kitakyushu.busters.web.staff.moderation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Staff's privacy review as the form sends it: the findings to show after all, and words
 * to mask as they stand in the original (every place they occur in the title, the body or
 * both), with what they are; then either only save the review or save it and publish.
 *
 * @param unmask the findings to show, each as {@code BODY:12:14}
 * @param phrase the exact words to mask, copied from the original
 * @param where {@code TITLE}, {@code BODY}, or blank for both
 * @param kind what the words are, e.g. {@code PERSON_NAME}
 * @param action {@code publish} to publish right after, anything else to save only
 */
public record RedactForm(@Nullable List<String> unmask, @Nullable String phrase, @Nullable String where,
		@Nullable String kind, @Nullable String action) {

	static RedactForm blank() {
		return new RedactForm(List.of(), "", "", "PERSON_NAME", "");
	}

	/** Whether the finding with this key is ticked to be shown. */
	public boolean unmasks(String key) {
		return this.unmask != null && this.unmask.contains(key);
	}

	boolean publishing() {
		return "publish".equals(this.action);
	}

}
