package jp.kitakyushu.busters.api.report;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import jp.kitakyushu.busters.api.category.Category;
import jp.kitakyushu.busters.api.category.CategoryCatalog;
import jp.kitakyushu.busters.api.problem.Channel;
import jp.kitakyushu.busters.api.problem.ProblemStatus;
import jp.kitakyushu.busters.api.problem.Ward;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Problem figures for a period, summed from the projection's counter documents: one read
 * of a few small documents per month whatever the number of problems.
 */
@Component
class ProblemFigures {

	private final MongoTemplate mongo;

	private final ProblemCounters counters;

	private final CategoryCatalog categories;

	ProblemFigures(MongoTemplate mongo, ProblemCounters counters, CategoryCatalog categories) {
		this.mongo = mongo;
		this.counters = counters;
		this.categories = categories;
	}

	/**
	 * Stage counts broken down as asked, with a row for every key, zeros included. An
	 * unnarrowed query reads the month totals or one margin's documents; a narrowed one
	 * the cells it may need.
	 */
	List<ProblemFlowRow> flow(Period period, ProblemFlowGrouping grouping, ProblemFigureFilter filter) {
		Map<String, ProblemFlowRow> rows = new LinkedHashMap<>();
		labels(period, grouping).forEach((label) -> rows.put(label.key(), ProblemFlowRow.zero(label)));
		if (filter.equals(ProblemFigureFilter.NONE)) {
			List<Document> counts = switch (grouping) {
				case MONTH -> this.counters.totals(period);
				case CATEGORY -> this.counters.all(CounterKey.CATEGORY, period);
				case WARD -> this.counters.all(CounterKey.WARD, period);
				case CHANNEL -> this.counters.all(CounterKey.CHANNEL, period);
			};
			for (Document count : counts) {
				CounterKey key = CounterKey.parse(count.getString("_id"));
				add(rows, (grouping == ProblemFlowGrouping.MONTH) ? key.month() : key.value(), count);
			}
			return List.copyOf(rows.values());
		}
		for (Document count : cells(period, filter)) {
			CounterKey key = CounterKey.parse(count.getString("_id"));
			// A narrowed read holds only the cells it may need; the filter still decides.
			String[] cell = key.value().split("\\|", 3);
			if (cell.length < 3 || !filter.admits(cell)) {
				continue;
			}
			String row = switch (grouping) {
				case MONTH -> key.month();
				case CATEGORY -> cell[0];
				case WARD -> cell[1];
				case CHANNEL -> cell[2];
			};
			add(rows, row, count);
		}
		return List.copyOf(rows.values());
	}

	private static void add(Map<String, ProblemFlowRow> rows, String key, Document counts) {
		ProblemFlowRow row = rows.computeIfAbsent(key,
				(unknown) -> ProblemFlowRow.zero(new FigureLabel(unknown, unknown, unknown)));
		rows.put(key, row.plus(counts(row.label(), counts)));
	}

	/** The sum of every row of {@link #flow}. */
	ProblemFlowRow total(Period period, ProblemFigureFilter filter) {
		ProblemFlowRow total = ProblemFlowRow.zero(new FigureLabel("TOTAL", "合計", "Total"));
		for (ProblemFlowRow row : flow(period, ProblemFlowGrouping.MONTH, filter)) {
			total = total.plus(row);
		}
		return total;
	}

	/** Problems submitted in the period, by their status now. */
	Map<ProblemStatus, Long> byStatusNow(Period period, ProblemFigureFilter filter) {
		Map<ProblemStatus, Long> counts = new LinkedHashMap<>();
		for (ProblemStatus status : ProblemStatus.values()) {
			counts.put(status, 0L);
		}
		boolean narrowed = !filter.equals(ProblemFigureFilter.NONE);
		for (Document count : narrowed ? cells(period, filter) : this.counters.totals(period)) {
			if (narrowed && !filter.admits(CounterKey.parse(count.getString("_id")).value().split("\\|", 3))) {
				continue;
			}
			Document statuses = count.get(ProblemDelta.STATUSES, Document.class);
			if (statuses != null) {
				statuses.forEach((status, n) -> counts.merge(ProblemStatus.valueOf(status), ((Number) n).longValue(),
						Long::sum));
			}
		}
		return counts;
	}

	/** Time from submission to publication, adoption and resolution. */
	Map<Stage, Timing> timings(Period period) {
		Map<Stage, Timing> timings = new LinkedHashMap<>();
		for (Stage stage : List.of(Stage.PUBLISHED, Stage.ADOPTED, Stage.RESOLVED)) {
			List<String> ids = period.months().stream().map((month) -> Months.key(month) + "|" + stage.name()).toList();
			SortedMap<Long, Long> counts = new TreeMap<>();
			for (Document durations : this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class,
					ProblemProjection.DURATIONS)) {
				Document byTenths = durations.get("d", Document.class);
				if (byTenths != null) {
					byTenths.forEach(
							(tenths, count) -> counts.merge(Long.parseLong(tenths.substring(Timing.TENTHS.length())),
									((Number) count).longValue(), Long::sum));
				}
			}
			timings.put(stage, Timing.of(counts));
		}
		return timings;
	}

	/**
	 * The cells a narrowed query reads: only those of its category, ward and channel (a
	 * category's 24 of the 240 per month, a ward's 30); the filter still decides.
	 */
	private List<Document> cells(Period period, ProblemFigureFilter filter) {
		return this.counters.cells(period, filter);
	}

	private List<FigureLabel> labels(Period period, ProblemFlowGrouping grouping) {
		return switch (grouping) {
			case MONTH -> period.months().stream().map(ProblemFigures::monthLabel).toList();
			case CATEGORY -> this.categories.all()
				.stream()
				.map((category) -> new FigureLabel(category.code(), category.nameJa(), category.nameEn()))
				.toList();
			case WARD -> Arrays.stream(Ward.values())
				.map((ward) -> new FigureLabel(ward.name(), ward.nameJa(), ward.nameEn()))
				.toList();
			case CHANNEL -> Arrays.stream(Channel.values()).map(ProblemFigures::channelLabel).toList();
		};
	}

	static FigureLabel monthLabel(YearMonth month) {
		return new FigureLabel(Months.key(month), month.getYear() + "年" + month.getMonthValue() + "月",
				month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " "
						+ month.getYear());
	}

	private static FigureLabel channelLabel(Channel channel) {
		return switch (channel) {
			case WEB -> new FigureLabel("WEB", "ウェブ", "Web");
			case PROXY -> new FigureLabel("PROXY", "代理入力（電話・窓口・郵送）", "Proxy intake (phone, counter, paper)");
			case OPEN311 -> new FigureLabel("OPEN311", "Open311", "Open311");
		};
	}

	private static ProblemFlowRow counts(FigureLabel label, Document cell) {
		Function<String, Long> get = (name) -> {
			Object value = cell.get(name);
			return (value instanceof Number number) ? number.longValue() : 0L;
		};
		return new ProblemFlowRow(label, get.apply("submitted"), get.apply("published"), get.apply("adopted"),
				get.apply("resolved"), get.apply("rejected"), get.apply("merged"), get.apply("supporters"));
	}

	/** The category's names, for labels elsewhere. */
	Category category(String code) {
		return this.categories.get(code);
	}

}
