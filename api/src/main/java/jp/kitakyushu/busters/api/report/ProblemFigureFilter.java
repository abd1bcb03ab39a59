package jp.kitakyushu.busters.api.report;

import org.jspecify.annotations.Nullable;

/**
 * Narrows problem figures to one category, ward or channel.
 *
 * @param category a category code
 * @param ward a ward
 * @param channel a channel
 */
record ProblemFigureFilter(@Nullable String category, @Nullable String ward, @Nullable String channel) {

	static final ProblemFigureFilter NONE = new ProblemFigureFilter(null, null, null);

	/** Whether a projection cell ({@code category|ward|channel}) passes. */
	boolean admits(String[] cell) {
		return (this.category == null || this.category.equals(cell[0]))
				&& (this.ward == null || this.ward.equals(cell[1]))
				&& (this.channel == null || this.channel.equals(cell[2]));
	}

}
