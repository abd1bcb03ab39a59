package jp.kitakyushu.busters.api.outcome;

import java.util.Collection;
import java.util.Map;

import jp.kitakyushu.busters.api.system.graphql.NodeLoader;

import org.springframework.stereotype.Component;

/**
 * Lets {@code node(id:)} fetch progress reports: the proposing company's members and
 * staff only.
 */
@Component
class OutcomeReportNodeLoader implements NodeLoader<OutcomeReport> {

	private final OutcomeService outcomes;

	OutcomeReportNodeLoader(OutcomeService outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public String typeName() {
		return OutcomeService.REPORT_TYPE;
	}

	@Override
	public Map<String, OutcomeReport> loadVisible(Collection<String> ids) {
		return this.outcomes.findVisibleReports(ids);
	}

}
