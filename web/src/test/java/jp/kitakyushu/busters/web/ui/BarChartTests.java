package jp.kitakyushu.busters.web.ui;

import java.util.List;

import jp.kitakyushu.busters.web.ui.BarChart.Bar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both drawings of a bar chart scale the bars to the largest value and leave room for the
 * value written after the longest bar.
 */
class BarChartTests {

	private final BarChart chart = new BarChart("c", "内訳", "項目", "件数",
			List.of(new Bar("高齢者・福祉", 40, "40件"), new Bar("子育て", 10, "10件"), new Bar("その他", 0, "0件")));

	@Test
	void theLongestBarFillsItsAreaAndTheOthersFollowInProportion() {
		assertThat(this.chart.length(this.chart.bars().get(0))).isEqualTo(BarChart.BAR_AREA);
		assertThat(this.chart.length(this.chart.bars().get(1))).isEqualTo(BarChart.BAR_AREA / 4);
		assertThat(this.chart.narrowLength(this.chart.bars().get(0))).isEqualTo(BarChart.NARROW_BAR_AREA);
		assertThat(this.chart.narrowLength(this.chart.bars().get(1))).isEqualTo(BarChart.NARROW_BAR_AREA / 4);
		assertThat(this.chart.narrowLength(this.chart.bars().get(2))).isZero();
	}

	@Test
	void theNarrowDrawingStacksEachLabelAboveItsBarWithinAPhonesWidth() {
		assertThat(this.chart.narrowY(1) - this.chart.narrowY(0)).isEqualTo(BarChart.NARROW_ROW);
		assertThat(this.chart.narrowHeight()).isEqualTo(3 * BarChart.NARROW_ROW + 8);
		// Seven characters of a value at 14 units each still fit after the longest bar.
		assertThat(BarChart.NARROW_BAR_AREA + 6 + 7 * 14).isLessThanOrEqualTo(this.chart.narrowWidth());
	}

	@Test
	void anEmptyChartHasNoBarsAndNoDivisionByZero() {
		BarChart empty = new BarChart("e", "内訳", "項目", "件数", List.of(new Bar("なし", 0, "0件")));
		assertThat(empty.max()).isEqualTo(1);
		assertThat(empty.narrowLength(empty.bars().get(0))).isZero();
	}

}
