package jp.kitakyushu.busters.web.ui;

import java.util.List;

/**
 * A horizontal bar chart the {@code ui/chart} fragment draws as SVG (with a title and a
 * text label on every bar) beside a table of the same figures, so the chart is never the
 * only way to read them.
 *
 * @param id a page-unique id, for the SVG's and the table's labels
 * @param title what the chart shows
 * @param labelHeader the table's first column heading
 * @param valueHeader the table's second column heading
 * @param bars the bars, in order
 */
public record BarChart(String id, String title, String labelHeader, String valueHeader, List<Bar> bars) {

	/** Width of the drawing area for the bars, in SVG units. */
	static final int BAR_AREA = 300;

	/** Height of one bar's row, in SVG units. */
	public static final int ROW = 44;

	/** The largest value, against which bars are scaled (at least 1). */
	public long max() {
		return Math.max(1, this.bars.stream().mapToLong(Bar::value).max().orElse(1));
	}

	/** The SVG's height. */
	public int height() {
		return this.bars.size() * ROW + 8;
	}

	/** A bar's length in SVG units. */
	public long length(Bar bar) {
		return Math.round((double) bar.value() * BAR_AREA / max());
	}

	/** The top of the n-th bar's row. */
	public int y(int index) {
		return index * ROW + 4;
	}

	/**
	 * One bar.
	 *
	 * @param label what it stands for
	 * @param value its figure
	 * @param text the figure as the page writes it (e.g. in yen)
	 */
	public record Bar(String label, long value, String text) {
	}

}
