package jp.kitakyushu.busters.api.evaluation;

import java.util.Collection;
import java.util.Map;

import jp.kitakyushu.busters.api.system.graphql.NodeLoader;

import org.springframework.stereotype.Component;

/**
 * Lets {@code node(id:)} fetch evaluations: staff only, under the blind rule.
 */
@Component
class EvaluationNodeLoader implements NodeLoader<Evaluation> {

	private final EvaluationService evaluations;

	EvaluationNodeLoader(EvaluationService evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public String typeName() {
		return EvaluationService.TYPE;
	}

	@Override
	public Map<String, Evaluation> loadVisible(Collection<String> ids) {
		return this.evaluations.findVisible(ids);
	}

}
