package jp.kitakyushu.busters.api.company;

import java.util.List;

import jp.kitakyushu.busters.api.system.EntityChanged;

/**
 * Something that happened to a company, announced after the store has it.
 */
public interface CompanyEvent extends EntityChanged {

	/** The store id of the company. */
	String companyId();

	@Override
	default String entityType() {
		return CompanyQueries.TYPE;
	}

	@Override
	default List<String> entityIds() {
		return List.of(companyId());
	}

}
