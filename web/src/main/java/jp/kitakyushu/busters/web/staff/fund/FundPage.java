package jp.kitakyushu.busters.web.staff.fund;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kitakyushu.busters.web.staff.fund.FundForms.AllocationForm;
import jp.kitakyushu.busters.web.staff.fund.FundForms.ContributionForm;
import jp.kitakyushu.busters.web.staff.fund.FundForms.DisbursementForm;
import jp.kitakyushu.busters.web.staff.fund.FundForms.ReversalForm;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.Formats;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Loads the fund page in one request: totals, the balance chart, the ledger, the
 * allocations with their milestones and the proposals money can go to; and fills the four
 * forms unless the request brought one typed.
 */
@Component
class FundPage {

	static final String VIEW = "staff/fund/fund";

	static final List<String> FORMS = List.of("contributionForm", "allocationForm", "disbursementForm", "reversalForm");

	private final ApiClient api;

	private final Formats formats;

	private final MessageSource messages;

	FundPage(ApiClient api, Formats formats, MessageSource messages) {
		this.api = api;
		this.formats = formats;
		this.messages = messages;
	}

	/** The fund, with the page's data in the model; empty when the api is away. */
	Optional<Loaded> load(Model model, @Nullable String proposal) {
		ApiResult result = this.api.execute("staff/fund");
		boolean available = result.has("fund");
		model.addAttribute("available", available);
		addBlankForms(model, proposal);
		if (!available) {
			return Optional.empty();
		}
		FundView fund = result.field("fund", FundView.class).orElseThrow();
		List<FundView.ProposalRef> payable = new ArrayList<>(result.list("selected.nodes", FundView.ProposalRef.class));
		payable.addAll(result.list("inProgress.nodes", FundView.ProposalRef.class));
		Map<String, FundView.Allocation> byProposal = fund.allocations()
			.nodes()
			.stream()
			.filter((allocation) -> allocation.proposal() != null)
			.collect(Collectors.toMap((allocation) -> allocation.proposal().id(), Function.identity(), (a, b) -> a));
		List<BalanceHistory.Point> points = BalanceHistory.of(fund);
		model.addAttribute("fund", fund);
		model.addAttribute("points", points);
		model.addAttribute("chart", new LineChart(points));
		model.addAttribute("payable", payable);
		model.addAttribute("allocationsByProposal", byProposal);
		model.addAttribute("ledgerPartial", fund.ledger().totalCount() > fund.ledger().nodes().size());
		// Fragment parameters may not call beans, so the hint is worded here.
		model.addAttribute("allocateHint", this.messages.getMessage("staff.fund.allocate.hint",
				new Object[] { this.formats.yen(fund.available()) }, LocaleContextHolder.getLocale()));
		return Optional.of(new Loaded(fund, payable, byProposal));
	}

	private static void addBlankForms(Model model, @Nullable String proposal) {
		String chosen = (proposal != null) ? proposal : "";
		Map<String, Object> blanks = Map.of("contributionForm", new ContributionForm("", "", false, "", ""),
				"allocationForm", new AllocationForm(chosen, "", ""), "disbursementForm",
				new DisbursementForm(chosen, "", "", ""), "reversalForm", new ReversalForm("", ""));
		blanks.forEach((name, form) -> {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, form);
			}
		});
	}

	/**
	 * What the page loaded, for the actions' own checks.
	 *
	 * @param fund the fund
	 * @param payable proposals money can be allocated to
	 * @param allocations the allocations by proposal id
	 */
	record Loaded(FundView fund, List<FundView.ProposalRef> payable, Map<String, FundView.Allocation> allocations) {

		Optional<FundView.ProposalRef> payable(String id) {
			return this.payable.stream().filter((proposal) -> proposal.id().equals(id)).findFirst();
		}

		Optional<FundView.Entry> entry(String id) {
			return this.fund.ledger().nodes().stream().filter((entry) -> entry.id().equals(id)).findFirst();
		}

	}

}
