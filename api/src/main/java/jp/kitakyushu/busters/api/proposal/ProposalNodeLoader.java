package jp.kitakyushu.busters.api.proposal;

import java.util.Collection;
import java.util.Map;

import jp.kitakyushu.busters.api.system.graphql.NodeLoader;

import org.springframework.stereotype.Component;

/**
 * Lets {@code node(id:)} fetch proposals under the confidentiality rules.
 */
@Component
class ProposalNodeLoader implements NodeLoader<Proposal> {

	private final ProposalQueries queries;

	ProposalNodeLoader(ProposalQueries queries) {
		this.queries = queries;
	}

	@Override
	public String typeName() {
		return ProposalService.TYPE;
	}

	@Override
	public Map<String, Proposal> loadVisible(Collection<String> ids) {
		return this.queries.findVisible(ids);
	}

}
