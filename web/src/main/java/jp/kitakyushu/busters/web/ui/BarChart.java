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

	/** Width of the narrow drawing, in SVG units: about a phone's width in pixels. */
	public static final int NARROW_WIDTH = 320;

	/**
	 * Width of the narrow drawing's bar area, leaving room for the value after the
	 * longest bar.
	 */
	static final int NARROW_BAR_AREA = 200;

	/** Height of one label-and-bar row in the narrow drawing. */
	public static final int NARROW_ROW = 54;

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
	 * The narrow drawing's height: on a phone each label stands on its own line above its
	 * bar, so the labels keep a readable size instead of shrinking with the whole chart.
	 */
	public int narrowHeight() {
		return this.bars.size() * NARROW_ROW + 8;
	}

	/** The narrow drawing's width. */
	public int narrowWidth() {
		return NARROW_WIDTH;
	}

	/** A bar's length in the narrow drawing. */
	public long narrowLength(Bar bar) {
		return Math.round((double) bar.value() * NARROW_BAR_AREA / max());
	}

	/** The top of the n-th bar's row in the narrow drawing. */
	public int narrowY(int index) {
		return index * NARROW_ROW + 4;
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
