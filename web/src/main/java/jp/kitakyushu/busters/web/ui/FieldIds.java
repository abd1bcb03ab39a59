package jp.kitakyushu.busters.web.ui;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Ties a field to its hint and its error for screen readers ({@code aria-describedby}),
 * as the {@code ui/field} fragments lay them out. Templates call it as
 * {@code ${@fieldIds.describedBy(name, hasHint, hasError)}}.
 */
@Component("fieldIds")
public class FieldIds {

	/** The ids describing a field, or null (no attribute) when there are none. */
	public @Nullable String describedBy(String name, boolean hasHint, boolean hasError) {
		String ids = ((hasError ? name + "-error " : "") + (hasHint ? name + "-hint" : "")).strip();
		return ids.isEmpty() ? null : ids;
	}

}
