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
 * Problem figures for a period, summed from the projection's month documents: one read of
 * at most 120 small documents whatever the number of problems.
 */
@Component
class ProblemFigures {

	private final MongoTemplate mongo;

	private final CategoryCatalog categories;

	ProblemFigures(MongoTemplate mongo, CategoryCatalog categories) {
		this.mongo = mongo;
		this.categories = categories;
	}

	/**
	 * Stage counts broken down as asked, with a row for every key, zeros included. An
	 * unnarrowed query reads each month's margins; a narrowed one the cells of its cube
	 * it may need.
	 */
	List<ProblemFlowRow> flow(Period period, ProblemFlowGrouping grouping, ProblemFigureFilter filter) {
		Map<String, ProblemFlowRow> rows = new LinkedHashMap<>();
		labels(period, grouping).forEach((label) -> rows.put(label.key(), ProblemFlowRow.zero(label)));
		boolean narrowed = !filter.equals(ProblemFigureFilter.NONE);
		String margin = switch (grouping) {
			case MONTH -> "t";
			case CATEGORY -> "cat";
			case WARD -> "ward";
			case CHANNEL -> "ch";
		};
		for (Document month : narrowed ? months(period, cube("c", filter)) : months(period, List.of(margin))) {
			if (!narrowed && grouping == ProblemFlowGrouping.MONTH) {
				Document total = month.get("t", Document.class);
				if (total != null) {
					add(rows, month.getString("_id"), total);
				}
				continue;
			}
			Document cells = month.get(narrowed ? "c" : margin, Document.class);
			// A narrowed read holds only the cells it may need; the filter below still
			// decides.
			if (cells == null) {
				continue;
			}
			for (Map.Entry<String, Object> entry : cells.entrySet()) {
				String key = entry.getKey();
				if (narrowed) {
					String[] cell = key.split("\\|", 3);
					if (cell.length < 3 || !filter.admits(cell)) {
						continue;
					}
					key = switch (grouping) {
						case MONTH -> month.getString("_id");
						case CATEGORY -> cell[0];
						case WARD -> cell[1];
						case CHANNEL -> cell[2];
					};
				}
				add(rows, key, (Document) entry.getValue());
			}
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
		for (Document month : narrowed ? months(period, cube("s", filter)) : months(period, List.of("st"))) {
			if (!narrowed) {
				Document total = month.get("st", Document.class);
				if (total != null) {
					total.forEach((status, count) -> counts.merge(ProblemStatus.valueOf(status),
							((Number) count).longValue(), Long::sum));
				}
				continue;
			}
			Document cells = month.get("s", Document.class);
			if (cells == null) {
				continue;
			}
			for (Map.Entry<String, Object> entry : cells.entrySet()) {
				if (!filter.admits(entry.getKey().split("\\|", 3))) {
					continue;
				}
				((Document) entry.getValue()).forEach((status, count) -> counts.merge(ProblemStatus.valueOf(status),
						((Number) count).longValue(), Long::sum));
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

	/** The period's month documents with only the fields a query needs. */
	private List<Document> months(Period period, List<String> fields) {
		List<String> ids = period.months().stream().map(Months::key).toList();
		Query query = Query.query(Criteria.where("_id").in(ids));
		fields.forEach(query.fields()::include);
		return this.mongo.find(query, Document.class, ProblemProjection.MONTHS);
	}

	/**
	 * The fields of a cube ({@code c} or {@code s}) a narrowed query reads: narrowed to a
	 * category, only that category's cells, one for each ward and channel (24 of the
	 * 240); otherwise the whole cube, since a category no longer configured may still
	 * have cells.
	 */
	static List<String> cube(String cube, ProblemFigureFilter filter) {
		if (filter.category() == null) {
			return List.of(cube);
		}
		List<String> cells = new java.util.ArrayList<>();
		for (Ward ward : Ward.values()) {
			for (Channel channel : Channel.values()) {
				String[] cell = { filter.category(), ward.name(), channel.name() };
				if (filter.admits(cell)) {
					cells.add(cube + "." + String.join("|", cell));
				}
			}
		}
		// Cell keys always hold '|' and never '.' or '$': this path names no cell.
		return (cells.isEmpty() || filter.category().contains(".") || filter.category().contains("$"))
				? List.of(cube + ".nothing") : cells;
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
