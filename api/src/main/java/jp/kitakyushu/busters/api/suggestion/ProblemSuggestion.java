package jp.kitakyushu.busters.api.suggestion;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The theme a published, unlinked problem matches best and how clearly, as scored when
 * the problem or that theme last changed; whether it is among the theme's suggested
 * problems (its clearest wins) is kept beside it, so the index is told only of changes.
 *
 * @param problemId the problem's store id
 * @param themeId the best theme's store id
 * @param margin {@code (best - second) / best}, from 0 to 1
 * @param suggested whether it is one of the theme's suggested problems
 * @param scoredAt when it was scored
 */
@Document(ProblemSuggestion.COLLECTION)
@CompoundIndex(name = "themeMargin", def = "{'themeId': 1, 'margin': -1}")
record ProblemSuggestion(@Id String problemId, String themeId, double margin, boolean suggested, Instant scoredAt) {

	static final String COLLECTION = "problemSuggestions";

	ProblemSuggestion marked(boolean suggested) {
		return new ProblemSuggestion(this.problemId, this.themeId, this.margin, suggested, this.scoredAt);
	}

}
