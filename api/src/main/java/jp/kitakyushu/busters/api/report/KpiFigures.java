package jp.kitakyushu.busters.api.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.outcome.OutcomeMetrics;
import jp.kitakyushu.busters.api.outcome.OutcomeQueries;
import jp.kitakyushu.busters.api.report.ProblemProjection.Resolution;

import org.springframework.stereotype.Component;

/**
 * Progress against the city's targets as of the end of a period. Solved problems count
 * from the programme's start; the yearly figures take each demonstration's latest metrics
 * record up to the period's end, so a figure re-measured later is not counted twice.
 */
@Component
class KpiFigures {

	private final ProblemProjection projection;

	private final OutcomeQueries outcomes;

	private final ReportProperties properties;

	private final Months months;

	KpiFigures(ProblemProjection projection, OutcomeQueries outcomes, ReportProperties properties) {
		this.projection = projection;
		this.outcomes = outcomes;
		this.properties = properties;
		this.months = new Months(properties.zone());
	}

	List<Kpi> progress(Period period) {
		YearMonth asOf = period.to();
		List<Kpi> kpis = new ArrayList<>();
		kpis.add(solvedProblems(asOf));
		List<OutcomeMetrics> latest = latestMetrics(this.months.start(asOf.plusMonths(1)));
		List<String> metricsIds = latest.stream().map(OutcomeMetrics::id).toList();
		double hours = latest.stream().mapToLong(OutcomeMetrics::staffHoursSavedPerYear).sum();
		kpis.add(kpi(KpiKind.STAFF_HOURS_SAVED, hours, (double) this.properties.staffHoursSavedTarget(), asOf,
				List.of(), metricsIds));
		kpis.add(kpi(KpiKind.SATISFACTION_CHANGE, satisfaction(latest), this.properties.satisfactionChangeTarget(),
				asOf, List.of(), metricsIds));
		double reached = latest.stream().mapToLong(OutcomeMetrics::citizensReached).sum();
		kpis.add(kpi(KpiKind.CITIZENS_REACHED, reached, null, asOf, List.of(), metricsIds));
		return kpis;
	}

	private Kpi solvedProblems(YearMonth asOf) {
		YearMonth lastCounted = asOf.isBefore(this.properties.programmeEnd()) ? asOf
				: this.properties.programmeEnd().minusMonths(1);
		Instant from = this.months.start(this.properties.programmeStart());
		Instant to = this.months.start(lastCounted.plusMonths(1));
		List<String> solved = this.projection.resolutions()
			.stream()
			.filter((resolution) -> !resolution.resolvedAt().isBefore(from) && resolution.resolvedAt().isBefore(to))
			.map(Resolution::id)
			.toList();
		return kpi(KpiKind.SOLVED_PROBLEMS, solved.size(), (double) this.properties.solvedProblemsTarget(), asOf,
				solved, List.of());
	}

	/** Each demonstration's latest record measured before {@code before}. */
	private List<OutcomeMetrics> latestMetrics(Instant before) {
		Map<String, OutcomeMetrics> latest = new LinkedHashMap<>();
		this.outcomes.allMetrics()
			.stream()
			.filter((record) -> record.asOf().isBefore(before))
			.sorted(Comparator.comparing(OutcomeMetrics::asOf).thenComparing(OutcomeMetrics::recordedAt))
			.forEach((record) -> latest.put(record.proposalId(), record));
		return List.copyOf(latest.values());
	}

	/**
	 * The satisfaction changes weighted by the citizens each demonstration reached (a
	 * plain mean when none reports anyone reached).
	 */
	static double satisfaction(List<OutcomeMetrics> latest) {
		if (latest.isEmpty()) {
			return 0;
		}
		long weights = latest.stream().mapToLong(OutcomeMetrics::citizensReached).sum();
		double sum = 0;
		for (OutcomeMetrics record : latest) {
			sum += record.satisfactionChangePoints() * ((weights > 0) ? record.citizensReached() : 1);
		}
		double mean = sum / ((weights > 0) ? weights : latest.size());
		return Math.round(mean * 10) / 10.0;
	}

	private static Kpi kpi(KpiKind kind, double value, Double target, YearMonth asOf, List<String> problemIds,
			List<String> metricsIds) {
		Double share = (target != null && target != 0) ? value / target : null;
		return new Kpi(kind, value, target, share, asOf, problemIds, metricsIds);
	}

}
