package jp.kitakyushu.busters.api.outcome;

import java.util.Collection;
import java.util.Map;

import jp.kitakyushu.busters.api.system.graphql.NodeLoader;

import org.springframework.stereotype.Component;

/**
 * Lets {@code node(id:)} fetch metrics records, which are as public as their proposal.
 */
@Component
class OutcomeMetricsNodeLoader implements NodeLoader<OutcomeMetrics> {

	private final OutcomeService outcomes;

	OutcomeMetricsNodeLoader(OutcomeService outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public String typeName() {
		return OutcomeService.METRICS_TYPE;
	}

	@Override
	public Map<String, OutcomeMetrics> loadVisible(Collection<String> ids) {
		return this.outcomes.findVisibleMetrics(ids);
	}

}
