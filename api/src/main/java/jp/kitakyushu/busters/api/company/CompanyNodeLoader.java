package jp.kitakyushu.busters.api.company;

import java.util.Collection;
import java.util.Map;

import jp.kitakyushu.busters.api.system.graphql.NodeLoader;

import org.springframework.stereotype.Component;

/**
 * Lets {@code node(id:)} fetch companies under the usual visibility rules.
 */
@Component
class CompanyNodeLoader implements NodeLoader<Company> {

	private final CompanyService companies;

	CompanyNodeLoader(CompanyService companies) {
		this.companies = companies;
	}

	@Override
	public String typeName() {
		return CompanyService.TYPE;
	}

	@Override
	public Map<String, Company> loadVisible(Collection<String> ids) {
		return this.companies.findVisible(ids);
	}

}
