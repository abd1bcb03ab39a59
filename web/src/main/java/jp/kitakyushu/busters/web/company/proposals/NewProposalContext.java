package jp.kitakyushu.busters.web.company.proposals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.company.proposals.ProposalView.ThemeView;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import org.jspecify.annotations.Nullable;

/**
 * What starting a proposal needs, in one request: the theme it answers (an open one;
 * anything else is "not found") and my organisations that may propose.
 *
 * @param theme the theme, or null when the api does not answer
 * @param options my verified organisations
 */
record NewProposalContext(@Nullable ThemeView theme, List<CompanyOption> options) {

	static NewProposalContext load(ApiClient api, @Nullable String themeId) {
		if (themeId == null || themeId.isBlank()) {
			throw OurProposals.notFound();
		}
		ApiResult result = api.execute("company/newProposal", Map.of("themeId", themeId));
		if (!result.available()) {
			return new NewProposalContext(null, List.of());
		}
		ThemeView theme = result.field("node", ThemeNode.class)
			.filter((node) -> "Theme".equals(node.__typename()) && "OPEN".equals(node.status()))
			.map(ThemeNode::view)
			.orElseThrow(OurProposals::notFound);
		List<CompanyOption> options = result.list("myCompanies.nodes", CompanyOption.class)
			.stream()
			.filter((company) -> "VERIFIED".equals(company.status()))
			.toList();
		return new NewProposalContext(theme, options);
	}

	/** The organisation asked for if it may propose, else the first that may. */
	String companyFor(@Nullable String companyId) {
		return this.options.stream()
			.map(CompanyOption::id)
			.filter((id) -> id.equals(companyId))
			.findFirst()
			.orElse(this.options.isEmpty() ? "" : this.options.get(0).id());
	}

	/**
	 * A theme as the node query returns it.
	 *
	 * @param __typename the node's type
	 * @param id its global id
	 * @param title its title
	 * @param status its state
	 * @param acceptingProposals whether it takes proposals now
	 * @param budgetCap the most a proposal may request
	 * @param opensAt when its call opens
	 * @param closesAt its deadline
	 */
	record ThemeNode(String __typename, String id, String title, String status, boolean acceptingProposals,
			@Nullable Long budgetCap, @Nullable Instant opensAt, @Nullable Instant closesAt) {

		ThemeView view() {
			return new ThemeView(this.id, this.title, this.status, this.acceptingProposals, this.budgetCap,
					this.opensAt, this.closesAt);
		}

	}

	/**
	 * One of my organisations that may propose.
	 *
	 * @param id its global id
	 * @param name its name
	 * @param status its state
	 */
	record CompanyOption(String id, String name, String status) {
	}

}
