package jp.kitakyushu.busters.api.report;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.api.company.CompanyQueries;
import jp.kitakyushu.busters.api.company.CompanyStatus;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.proposal.ProposalStatus;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeQueries;
import jp.kitakyushu.busters.api.theme.ThemeStatus;

import org.springframework.stereotype.Component;

/**
 * Themes, proposals and companies for a period, read from their features at query time: a
 * programme has a handful of themes a year and tens of proposals each, so these reads
 * stay small while the problems grow.
 */
@Component
class ProgrammeFigures {

	/** Proposals that were selected, whatever became of their demonstration since. */
	static final Set<ProposalStatus> SELECTED = Set.of(ProposalStatus.SELECTED, ProposalStatus.IN_PROGRESS,
			ProposalStatus.COMPLETED);

	private final ThemeQueries themes;

	private final ProposalQueries proposals;

	private final CompanyQueries companies;

	private final Months months;

	ProgrammeFigures(ThemeQueries themes, ProposalQueries proposals, CompanyQueries companies,
			ReportProperties properties) {
		this.themes = themes;
		this.proposals = proposals;
		this.companies = companies;
		this.months = new Months(properties.zone());
	}

	/** The themes created in the period, oldest first, drafts included. */
	List<Theme> themesOf(Period period) {
		Instant from = this.months.start(period.from());
		Instant to = this.months.start(period.end());
		return this.themes.findAll()
			.stream()
			.filter((theme) -> !theme.getCreatedAt().isBefore(from) && theme.getCreatedAt().isBefore(to))
			.toList();
	}

	/** The status of a theme as of now (an open theme past its deadline is closed). */
	ThemeStatus statusNow(Theme theme) {
		return this.themes.statusNow(theme);
	}

	/** Themes created in the period by status now. */
	Map<ThemeStatus, Long> themesByStatus(Period period) {
		Map<ThemeStatus, Long> counts = new EnumMap<>(ThemeStatus.class);
		for (ThemeStatus status : ThemeStatus.values()) {
			counts.put(status, 0L);
		}
		themesOf(period).forEach((theme) -> counts.merge(statusNow(theme), 1L, Long::sum));
		return counts;
	}

	/** Proposals submitted to the period's themes, by status now. */
	Map<ProposalStatus, Long> proposalsByStatus(Period period) {
		Map<ProposalStatus, Long> counts = new EnumMap<>(ProposalStatus.class);
		for (ProposalStatus status : ProposalStatus.values()) {
			if (status != ProposalStatus.DRAFT) {
				counts.put(status, 0L);
			}
		}
		Map<String, Map<ProposalStatus, Long>> byTheme = this.proposals.countByThemeAndStatus();
		for (Theme theme : themesOf(period)) {
			byTheme.getOrDefault(theme.getId(), Map.of())
				.forEach((status, count) -> counts.merge(status, count, Long::sum));
		}
		return counts;
	}

	/** Proposal counts per theme and status, for every theme. */
	Map<String, Map<ProposalStatus, Long>> proposalsByTheme() {
		return this.proposals.countByThemeAndStatus();
	}

	/** Selected proposals out of those decided, for the period's themes. */
	Rate selectionRate(Period period) {
		Map<ProposalStatus, Long> counts = proposalsByStatus(period);
		long selected = SELECTED.stream().mapToLong((status) -> counts.getOrDefault(status, 0L)).sum();
		return Rate.of(selected, selected + counts.getOrDefault(ProposalStatus.NOT_SELECTED, 0L));
	}

	/** Companies by status now, however long ago they registered. */
	Map<CompanyStatus, Long> companiesByStatus() {
		return new LinkedHashMap<>(this.companies.countByStatus());
	}

}
