package jp.kitakyushu.busters.api.report;

import java.util.List;
import java.util.Locale;

import jp.kitakyushu.busters.api.system.Xml;

/**
 * Server-rendered SVG bar charts: one or two series over labelled groups, with a
 * {@code <title>} per chart and per bar so screen readers and hover both get the values.
 * Labels stay short and ASCII (months, numbers): the table beside each chart carries the
 * names.
 */
final class SvgCharts {

	private static final int WIDTH = 640;

	private static final int HEIGHT = 220;

	private static final int LEFT = 48;

	private static final int BOTTOM = 28;

	private static final int TOP = 16;

	/**
	 * The two series colours: dark blue and orange, told apart by pattern too (solid,
	 * outlined).
	 */
	private static final String[] FILLS = { "#1a4ba0", "#ffffff" };

	private static final String[] STROKES = { "#1a4ba0", "#c05600" };

	private SvgCharts() {
	}

	/**
	 * A bar chart.
	 * @param title what the chart shows
	 * @param labels one short label per group
	 * @param series one or two series, each one value per group
	 * @param seriesNames the series' names, for the bars' titles and the legend
	 */
	static String bars(String title, List<String> labels, List<long[]> series, List<String> seriesNames) {
		long max = 1;
		for (long[] values : series) {
			for (long value : values) {
				max = Math.max(max, value);
			}
		}
		int plotWidth = WIDTH - LEFT - 8;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		double groupWidth = plotWidth / (double) Math.max(1, labels.size());
		double barWidth = Math.max(2, (groupWidth - 4) / series.size());
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(HEIGHT + 18)
			.append("\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT + 18)
			.append("\"><title>")
			.append(Xml.escape(title))
			.append("</title>");
		svg.append(line(LEFT, TOP + plotHeight, WIDTH - 8, TOP + plotHeight));
		svg.append(text(LEFT - 4, TOP + 4, "end", format(max))).append(text(LEFT - 4, TOP + plotHeight, "end", "0"));
		for (int group = 0; group < labels.size(); group++) {
			double x = LEFT + group * groupWidth + 2;
			for (int s = 0; s < series.size(); s++) {
				long value = series.get(s)[group];
				double height = plotHeight * value / (double) max;
				svg.append(String.format(Locale.ROOT,
						"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"><title>%s %s: %s</title></rect>",
						x + s * barWidth, TOP + plotHeight - height, barWidth - 1, height, FILLS[s], STROKES[s],
						Xml.escape(labels.get(group)), Xml.escape(seriesNames.get(s)), format(value)));
			}
			if (labels.size() <= 13 || group % 3 == 0) {
				svg.append(text(x + groupWidth / 2 - 2, TOP + plotHeight + 16, "middle", labels.get(group)));
			}
		}
		for (int s = 0; s < series.size(); s++) {
			int x = LEFT + s * 150;
			svg.append(String.format(Locale.ROOT,
					"<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"/>",
					x, HEIGHT + 4, FILLS[s], STROKES[s]));
			svg.append(text(x + 16, HEIGHT + 14, "start", "(" + (s + 1) + ")"));
		}
		return svg.append("</svg>").toString();
	}

	private static String line(int x1, int y1, int x2, int y2) {
		return String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333333\"/>", x1, y1,
				x2, y2);
	}

	private static String text(double x, double y, String anchor, String text) {
		return String.format(Locale.ROOT,
				"<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\" fill=\"#333333\">%s</text>", x, y,
				anchor, Xml.escape(text));
	}

	static String format(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

}
