package jp.kitakyushu.busters.api.report;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static jp.kitakyushu.busters.api.report.ReportIntegrationTests.THIS_MONTH;
import static jp.kitakyushu.busters.api.report.ReportIntegrationTests.problemInput;
import static jp.kitakyushu.busters.api.report.ReportIntegrationTests.statusCounts;
import static jp.kitakyushu.busters.api.report.ReportIntegrationTests.thisMonth;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A narrowed query reads only some cells of each month's cube: its figures must still be
 * what a plain count over reporting's rows of the problems gives, for every grouping.
 */
class NarrowedFiguresIntegrationTests extends ApiIntegrationTest {

	private final Months months = new Months(ZoneId.of("Asia/Tokyo"));

	String submit(String category, String ward) {
		return citizen().runNamed("problemSubmit", Map.of("input", problemInput(category, ward)))
			.data("problemSubmit", "problem", "id")
			.asString();
	}

	/** A problem phoned in and entered by staff: counted under the PROXY channel. */
	String phonedIn(String category, String ward) {
		Map<String, Object> input = new HashMap<>(problemInput(category, ward));
		input.put("intakeMethod", "PHONE");
		input.put("contact", Map.of("name", "北九 太郎", "phone", "093-000-0000"));
		return staff().runNamed("problemSubmitOnBehalf", Map.of("input", input))
			.data("problemSubmitOnBehalf", "problem", "id")
			.asString();
	}

	@Test
	void narrowedFiguresAreThePlainCountsOfTheRows() {
		String a = submit("ELDERLY", "MOJI");
		submit("ELDERLY", "MOJI");
		String c = submit("ELDERLY", "TOBATA");
		String d = submit("TRANSPORT", "MOJI");
		submit("CHILDCARE", "WAKAMATSU");
		String e = phonedIn("ELDERLY", "MOJI");
		phonedIn("ELDERLY", "YAHATA_NISHI");
		staff().op("problemModerate", "Publish", Map.of("id", e));
		staff().op("problemModerate", "Publish", Map.of("id", a));
		staff().op("problemModerate", "Publish", Map.of("id", c));
		staff().op("problemModerate", "Reject", Map.of("id", d, "reason", "個人の連絡先しか書かれていません"));

		List<ProblemRow> rows = this.mongo.findAll(ProblemRow.class);
		List<ProblemFigureFilter> filters = List.of(new ProblemFigureFilter("ELDERLY", null, null),
				new ProblemFigureFilter("ELDERLY", "MOJI", null), new ProblemFigureFilter("ELDERLY", null, "WEB"),
				new ProblemFigureFilter("ELDERLY", null, "PROXY"), new ProblemFigureFilter(null, null, "PROXY"),
				new ProblemFigureFilter("TRANSPORT", "TOBATA", null), new ProblemFigureFilter(null, "MOJI", null),
				new ProblemFigureFilter("NO_SUCH_CATEGORY", null, null));
		for (ProblemFigureFilter filter : filters) {
			for (ProblemFlowGrouping grouping : List.of(ProblemFlowGrouping.WARD, ProblemFlowGrouping.CATEGORY,
					ProblemFlowGrouping.CHANNEL, ProblemFlowGrouping.MONTH)) {
				assertThat(reported(filter, grouping)).as(filter + " by " + grouping)
					.isEqualTo(counted(rows, filter, grouping));
			}
			Map<String, Object> variables = new HashMap<>(thisMonth());
			variables.put("filter", asInput(filter));
			JsonNode byStatus = anonymous().op("report", "Totals", variables).data("report", "problemsByStatus");
			Map<String, Long> expected = new TreeMap<>();
			rows.stream()
				.filter((row) -> row.month().equals(THIS_MONTH.toString()) && filter.admits(row.cell().split("\\|")))
				.forEach((row) -> expected.merge(row.status(), 1L, Long::sum));
			Map<String, Long> reported = new TreeMap<>(statusCounts(byStatus));
			reported.values().removeIf((count) -> count == 0);
			assertThat(reported).as(filter + " by status").isEqualTo(expected);
		}
	}

	/** Submitted and published per key, as the api reports them, zero rows left out. */
	private Map<String, List<Long>> reported(ProblemFigureFilter filter, ProblemFlowGrouping grouping) {
		Map<String, Object> variables = new HashMap<>(thisMonth());
		variables.put("groupBy", grouping.name());
		variables.put("filter", asInput(filter));
		variables.put("first", 100);
		Map<String, List<Long>> counts = new TreeMap<>();
		anonymous().op("report", "Flow", variables).data("report", "problemFlow", "nodes").forEach((row) -> {
			List<Long> pair = List.of(row.path("submitted").asLong(), row.path("published").asLong());
			if (!pair.equals(List.of(0L, 0L))) {
				counts.put(row.path("label").path("key").asString(), pair);
			}
		});
		return counts;
	}

	/** Submitted and published per key, counted one row at a time. */
	private Map<String, List<Long>> counted(List<ProblemRow> rows, ProblemFigureFilter filter,
			ProblemFlowGrouping grouping) {
		Map<String, long[]> counts = new TreeMap<>();
		for (ProblemRow row : rows) {
			String[] cell = row.cell().split("\\|");
			if (!filter.admits(cell)) {
				continue;
			}
			String key = switch (grouping) {
				case CATEGORY -> cell[0];
				case WARD -> cell[1];
				case CHANNEL -> cell[2];
				case MONTH -> THIS_MONTH.toString();
			};
			if (row.month().equals(THIS_MONTH.toString())) {
				counts.computeIfAbsent(key, (unused) -> new long[2])[0]++;
			}
			if (row.at(Stage.PUBLISHED) != null && this.months.of(row.at(Stage.PUBLISHED)).equals(THIS_MONTH)) {
				counts.computeIfAbsent(key, (unused) -> new long[2])[1]++;
			}
		}
		Map<String, List<Long>> result = new TreeMap<>();
		counts.forEach((key, pair) -> result.put(key, List.of(pair[0], pair[1])));
		return result;
	}

	private static Map<String, Object> asInput(ProblemFigureFilter filter) {
		Map<String, Object> input = new HashMap<>();
		input.put("category", filter.category());
		input.put("ward", filter.ward());
		input.put("channel", filter.channel());
		input.values().removeIf((value) -> value == null);
		return input;
	}

}
