package jp.kitakyushu.busters.api.proposal;

import java.util.List;

import jp.kitakyushu.busters.api.system.EntityChanged;

/**
 * Something that happened to a proposal, announced after the store has it.
 */
public interface ProposalEvent extends EntityChanged {

	/** The store id of the proposal. */
	String proposalId();

	/** The store id of the theme it answers. */
	String themeId();

	/** The store id of the proposing company. */
	String companyId();

	@Override
	default String entityType() {
		return ProposalQueries.TYPE;
	}

	@Override
	default List<String> entityIds() {
		return List.of(proposalId());
	}

}
