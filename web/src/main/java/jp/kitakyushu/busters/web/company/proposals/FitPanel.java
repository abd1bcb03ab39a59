package jp.kitakyushu.busters.web.company.proposals;

import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.company.ThemeMatch;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The themes a proposal's text fits best and why, beside the editor: asked while the
 * author writes (htmx, after a pause in typing) or with the "check the fit" button where
 * JavaScript does not run.
 */
@Component
class FitPanel {

	/** Too little text matches nothing worth showing. */
	static final int MIN_CHARACTERS = 10;

	/** The api's limit on the text to match. */
	static final int MAX_CHARACTERS = 10_000;

	private final ApiClient api;

	FitPanel(ApiClient api) {
		this.api = api;
	}

	/** The fit of the text, or null when there is too little text to judge. */
	@Nullable Fit of(String text) {
		if (text.codePointCount(0, text.length()) < MIN_CHARACTERS) {
			return null;
		}
		String sent = (text.length() > MAX_CHARACTERS) ? text.substring(0, MAX_CHARACTERS) : text;
		ApiResult result = this.api.execute("company/proposalFit", Map.of("text", sent));
		return new Fit(result.has("matchThemes"),
				result.list("matchThemes", ThemeMatch.class).stream().filter((m) -> m.node().id() != null).toList());
	}

	/**
	 * What the panel shows.
	 *
	 * @param available whether the api answered
	 * @param matches the themes, best first
	 */
	record Fit(boolean available, List<ThemeMatch> matches) {

		/** The place of a theme among the matches, 1 first, or 0 when it is not there. */
		public int rankOf(@Nullable String themeId) {
			for (int i = 0; i < this.matches.size(); i++) {
				if (this.matches.get(i).node().id() != null && this.matches.get(i).node().id().equals(themeId)) {
					return i + 1;
				}
			}
			return 0;
		}

	}

}
