package jp.kitakyushu.busters.web.staff.fund;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Two lines over time (money held, money still to allocate) as the
 * {@code staff/fund/chart} fragment draws them in SVG: one solid, one dashed, each with a
 * label at its end, so they are told apart without colour; a table of the same figures
 * stands beside it.
 *
 * @param points the balances, oldest first
 */
record LineChart(List<BalanceHistory.Point> points) {

	static final int WIDTH = 600;

	static final int HEIGHT = 240;

	static final int LEFT = 10;

	static final int RIGHT = 150;

	static final int TOP = 20;

	static final int BOTTOM = 30;

	/** The largest figure, against which the lines are scaled (at least 1). */
	long max() {
		return Math.max(1, this.points.stream().mapToLong((p) -> Math.max(p.held(), p.available())).max().orElse(1));
	}

	/** The SVG points of the money-held line. */
	public String heldLine() {
		return line(true);
	}

	/** The SVG points of the still-to-allocate line. */
	public String availableLine() {
		return line(false);
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	/** Where the lines end, for their labels. */
	public int endX() {
		return x(this.points.size() - 1) + 6;
	}

	public int heldEndY() {
		return this.points.isEmpty() ? TOP : y(this.points.get(this.points.size() - 1).held()) + 4;
	}

	public int availableEndY() {
		int y = this.points.isEmpty() ? TOP : y(this.points.get(this.points.size() - 1).available()) + 4;
		// Keep the two labels apart when the lines end close together.
		return (Math.abs(y - heldEndY()) < 16) ? heldEndY() + 16 : y;
	}

	public int baseline() {
		return HEIGHT - BOTTOM;
	}

	private String line(boolean held) {
		return IntStream.range(0, this.points.size()).mapToObj((i) -> {
			BalanceHistory.Point point = this.points.get(i);
			return x(i) + "," + y(held ? point.held() : point.available());
		}).collect(Collectors.joining(" "));
	}

	private int x(int index) {
		int span = WIDTH - LEFT - RIGHT;
		return LEFT + ((this.points.size() <= 1) ? span
				: (int) Math.round((double) index * span / (this.points.size() - 1)));
	}

	private int y(long value) {
		int span = HEIGHT - TOP - BOTTOM;
		return HEIGHT - BOTTOM - (int) Math.round((double) Math.max(0, value) * span / max());
	}

}
