package jp.kitakyushu.busters.web.visitor.fund;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.BarChart;
import jp.kitakyushu.busters.web.ui.BarChart.Bar;
import jp.kitakyushu.busters.web.ui.Formats;
import jp.kitakyushu.busters.web.ui.Pager;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The fund's page: where the money stands (a chart beside a table of the same figures),
 * who gave (anonymous donors unnamed), and what each selected proposal was allocated and
 * paid. One api request.
 */
@Controller
class FundController {

	static final int PAGE_SIZE = 20;

	private final ApiClient api;

	private final Formats formats;

	private final MessageSource messages;

	FundController(ApiClient api, Formats formats, MessageSource messages) {
		this.api = api;
		this.formats = formats;
		this.messages = messages;
	}

	@GetMapping("/fund")
	String fund(@RequestParam(name = "page", required = false) @Nullable String page, Model model) {
		int current = Pager.page(number(page));
		Map<String, Object> variables = new HashMap<>(Map.of("first", PAGE_SIZE));
		Pager.addCursor(variables, current, PAGE_SIZE);
		ApiResult result = this.api.execute("visitor/fund", variables);
		Fund fund = result.field("fund", Fund.class).orElse(null);
		model.addAttribute("fund", fund);
		if (fund != null) {
			model.addAttribute("chart", chart(fund));
			model.addAttribute("pager",
					new Pager(current, PAGE_SIZE, fund.contributions().totalCount(), "/fund", Map.of()));
		}
		return "visitor/fund";
	}

	private BarChart chart(Fund fund) {
		return new BarChart("fund-chart", text("fund.chart.title"), text("fund.chart.item"), text("fund.chart.amount"),
				List.of(bar("fund.contributed", fund.contributed()), bar("fund.allocated", fund.allocated()),
						bar("fund.disbursed", fund.disbursed()), bar("fund.available", fund.available())));
	}

	private Bar bar(String key, long amount) {
		return new Bar(text(key), amount, this.formats.yen(amount));
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static @Nullable Integer number(@Nullable String text) {
		try {
			return (text != null) ? Integer.valueOf(text) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The fund as the public sees it.
	 *
	 * @param contributed given
	 * @param allocated promised to selected proposals
	 * @param disbursed paid out
	 * @param available not yet promised
	 * @param contributions a page of contributions
	 * @param allocations the allocations
	 */
	record Fund(long contributed, long allocated, long disbursed, long available, Contributions contributions,
			Allocations allocations) {
	}

	/**
	 * A page of contributions.
	 *
	 * @param totalCount how many there are
	 * @param nodes this page
	 */
	record Contributions(long totalCount, List<Contribution> nodes) {
	}

	/**
	 * A contribution.
	 *
	 * @param id its global id
	 * @param amount how much
	 * @param at when
	 * @param donor who, unless anonymous
	 * @param anonymous whether the donor asked not to be named
	 */
	record Contribution(String id, long amount, Instant at, @Nullable String donor, boolean anonymous) {
	}

	/**
	 * The allocations.
	 *
	 * @param totalCount how many proposals have one
	 * @param nodes the allocations
	 */
	record Allocations(long totalCount, List<Allocation> nodes) {
	}

	/**
	 * What one proposal was promised and paid.
	 *
	 * @param amount allocated
	 * @param disbursed paid
	 * @param remaining not yet paid
	 * @param requested requested
	 * @param proposal the proposal, if the public may see it
	 */
	record Allocation(long amount, long disbursed, long remaining, long requested, @Nullable ProposalRef proposal) {
	}

	/**
	 * A selected proposal.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state
	 * @param theme its theme
	 */
	record ProposalRef(String id, String title, String status, ThemeRef theme) {
	}

	/**
	 * A theme.
	 *
	 * @param id its global id
	 * @param title its title
	 */
	record ThemeRef(String id, String title) {
	}

}
