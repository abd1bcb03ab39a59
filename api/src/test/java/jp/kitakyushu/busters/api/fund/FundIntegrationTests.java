package jp.kitakyushu.busters.api.fund;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.kitakyushu.busters.api.proposal.ProposalScenario;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static jp.kitakyushu.busters.api.proposal.ProposalScenario.draft;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.shortlisted;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.step;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.submitted;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.themeId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fund through the API: who may move money, what is public, and the invariants the
 * store keeps under concurrent requests (allocated ≤ contributed; per proposal disbursed
 * ≤ allocated ≤ requested).
 */
class FundIntegrationTests extends ApiIntegrationTest {

	/** What the scenario's proposal requests (see {@link ProposalScenario#draft}). */
	static final long REQUESTED = 3_000_000;

	String selected;

	String notSelected;

	@BeforeEach
	void selectedProposal() {
		ThemeFixtures themes = new ThemeFixtures(this.mongo);
		Theme theme = themes.open();
		String company = ProposalScenario.companyA(companyA(), staff());
		this.selected = shortlisted(companyA(), staff(), draft(themeId(theme), company));
		this.notSelected = submitted(companyA(), draft(themeId(theme), company));
		themes.close(themes.reload(theme));
		step(staff(), "Select", "proposalSelect", this.selected, "SELECTED");
	}

	@Test
	void contributionsArePublicButAnonymousDonorsStayUnnamed() {
		contribute("北九州ものづくり経営者の会", 5_000_000, false);
		contribute("匿名希望の市民", 1_000_000, true);

		JsonNode fund = anonymous().op("fund", "Fund", Map.of()).data("fund");
		assertThat(fund.path("contributed").asLong()).isEqualTo(6_000_000);
		assertThat(fund.path("available").asLong()).isEqualTo(6_000_000);
		List<String> donors = new ArrayList<>();
		fund.path("contributions").path("nodes").forEach((entry) -> donors.add(entry.path("donor").asString(null)));
		assertThat(donors).containsExactlyInAnyOrder("北九州ものづくり経営者の会", null);
		fund.path("contributions").path("nodes").forEach((entry) -> assertThat(entry.path("actor").isNull()).isTrue());

		JsonNode staffView = staff().op("fund", "Fund", Map.of()).data("fund");
		List<String> staffDonors = new ArrayList<>();
		staffView.path("contributions")
			.path("nodes")
			.forEach((entry) -> staffDonors.add(entry.path("donor").asString()));
		assertThat(staffDonors).contains("匿名希望の市民");
	}

	/**
	 * Pages of contributions count them all whether full, short or past the end, and a
	 * short first page (the whole list) asks the store once, with no separate count.
	 */
	@Test
	void contributionPagesCountThemAllAndAShortListIsOneRead() {
		contribute("一", 100, false);
		contribute("二", 200, false);
		contribute("三", 300, false);
		String page = "query($first: Int, $after: String) { fund { contributions(first: $first, after: $after) {"
				+ " totalCount pageInfo { hasNextPage endCursor } nodes { amount } } } }";
		JsonNode full = contributions(page, 2, null);
		assertThat(full.path("totalCount").asLong()).isEqualTo(3);
		assertThat(full.path("nodes")).hasSize(2);
		assertThat(full.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
		JsonNode rest = contributions(page, 2, full.path("pageInfo").path("endCursor").asString());
		assertThat(rest.path("totalCount").asLong()).isEqualTo(3);
		assertThat(rest.path("nodes")).hasSize(1);
		assertThat(rest.path("nodes").get(0).path("amount").asLong()).isEqualTo(100);
		assertThat(rest.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
		JsonNode beyond = contributions(page, 2, rest.path("pageInfo").path("endCursor").asString());
		assertThat(beyond.path("totalCount").asLong()).isEqualTo(3);
		assertThat(beyond.path("nodes")).isEmpty();

		this.mongoCommands.reset();
		JsonNode whole = contributions(page, 10, null);
		assertThat(whole.path("totalCount").asLong()).isEqualTo(3);
		assertThat(whole.path("nodes")).hasSize(3);
		assertThat(this.mongoCommands.count("fund_ledger")).as(this.mongoCommands.log().toString()).isEqualTo(1);
	}

	private JsonNode contributions(String document, int first, String after) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("first", first);
		variables.put("after", after);
		Response response = anonymous().run(document, variables);
		assertThat(response.json().path("errors").isMissingNode()).as(response.raw()).isTrue();
		return response.data("fund", "contributions");
	}

	@Test
	void onlyStaffMoveMoneyAndReadTheLedger() {
		Map<String, Object> contribution = Map.of("input", Map.of("donor", "x", "amount", 1000));
		assertThat(citizen().op("fund", "Contribute", contribution).firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(companyA().op("fund", "Contribute", contribution).firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(anonymous().op("fund", "Contribute", contribution).firstErrorCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(reporter().op("fund", "Ledger", Map.of()).firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(staff().op("fund", "Ledger", Map.of()).data("fund", "ledger", "totalCount").asInt()).isZero();
	}

	@Test
	void allocationsStayWithinTheBalanceAndTheRequest() {
		contribute("A", 10_000_000, false);
		assertThat(errors(allocate(this.notSelected, 100_000), "fundAllocate"))
			.containsExactly("proposalId:WRONG_STATE");
		assertThat(errors(allocate(this.selected, REQUESTED + 1), "fundAllocate")).containsExactly("amount:OVER_LIMIT");
		assertThat(errors(allocate(this.selected, 0), "fundAllocate")).containsExactly("amount:OUT_OF_RANGE");

		Response first = allocate(this.selected, 2_000_000);
		assertThat(first.data("fundAllocate", "fund", "available").asLong()).isEqualTo(8_000_000);
		assertThat(errors(allocate(this.selected, 1_000_001), "fundAllocate")).containsExactly("amount:OVER_LIMIT");
		assertThat(allocate(this.selected, 1_000_000).data("fundAllocate", "fund", "allocated").asLong())
			.isEqualTo(REQUESTED);

		JsonNode allocation = anonymous().op("fund", "Fund", Map.of()).data("fund", "allocations", "nodes").get(0);
		assertThat(allocation.path("amount").asLong()).isEqualTo(REQUESTED);
		assertThat(allocation.path("proposal").path("id").asString()).isEqualTo(this.selected);
		// The public sees the selected proposal's title, not its confidential approach.
		assertThat(allocation.path("proposal").path("title").asString()).isNotBlank();
	}

	@Test
	void theFundCannotAllocateMoreThanWasContributed() {
		contribute("A", 1_000_000, false);
		assertThat(errors(allocate(this.selected, 1_000_001), "fundAllocate")).containsExactly("amount:OVER_LIMIT");
		assertThat(staff().op("fund", "Fund", Map.of()).data("fund", "allocated").asLong()).isZero();
	}

	@Test
	void disbursementsFollowMilestonesAndStayWithinTheAllocation() {
		contribute("A", 10_000_000, false);
		allocate(this.selected, 2_500_000);
		assertThat(errors(disburse(this.selected, 100, "存在しない工程"), "fundDisburse"))
			.containsExactly("milestone:INVALID");
		assertThat(errors(disburse(this.selected, 2_500_001, "センサー設置"), "fundDisburse"))
			.containsExactly("amount:OVER_LIMIT");
		Response paid = disburse(this.selected, 1_000_000, "センサー設置");
		assertThat(paid.data("fundDisburse", "fund", "disbursed").asLong()).isEqualTo(1_000_000);
		assertThat(errors(disburse(this.selected, 1_500_001, "実証運用と報告"), "fundDisburse"))
			.containsExactly("amount:OVER_LIMIT");
	}

	@Test
	void correctionsAreReversingEntriesNeverEdits() {
		String contribution = contribute("A", 5_000_000, false);
		String allocation = allocate(this.selected, 2_000_000).data("fundAllocate", "entry", "id").asString();
		String payment = disburse(this.selected, 500_000, "センサー設置").data("fundDisburse", "entry", "id").asString();

		// Undoing in the wrong order would break an invariant, so it is refused.
		assertThat(errors(reverse(allocation), "fundReverse")).containsExactly("entryId:OVER_LIMIT");
		assertThat(errors(reverse(contribution), "fundReverse")).containsExactly("entryId:OVER_LIMIT");

		Response undone = reverse(payment);
		assertThat(undone.data("fundReverse", "entry", "reversedKind").asString()).isEqualTo("DISBURSEMENT");
		assertThat(undone.data("fundReverse", "fund", "disbursed").asLong()).isZero();
		assertThat(errors(reverse(payment), "fundReverse")).containsExactly("entryId:DUPLICATE");
		String reversal = undone.data("fundReverse", "entry", "id").asString();
		assertThat(errors(reverse(reversal), "fundReverse")).containsExactly("entryId:WRONG_STATE");

		assertThat(reverse(allocation).data("fundReverse", "fund", "allocated").asLong()).isZero();
		assertThat(reverse(contribution).data("fundReverse", "fund", "contributed").asLong()).isZero();
		assertInvariantsHold();

		JsonNode ledger = staff().op("fund", "Ledger", Map.of()).data("fund", "ledger");
		assertThat(ledger.path("totalCount").asInt()).isEqualTo(6);
	}

	@Test
	void concurrentAllocationsNeverExceedTheBalance() throws Exception {
		contribute("A", 1_000_000, false);
		List<Response> results = concurrently(40, () -> allocate(this.selected, 100_000));
		long succeeded = results.stream().filter((r) -> errors(r, "fundAllocate").isEmpty()).count();
		assertThat(succeeded).isEqualTo(10);
		assertInvariantsHold();
		assertThat(staff().op("fund", "Fund", Map.of()).data("fund", "allocated").asLong()).isEqualTo(1_000_000);
	}

	@Test
	void concurrentAllocationsNeverExceedWhatTheProposalRequested() throws Exception {
		contribute("A", 10_000_000, false);
		List<Response> results = concurrently(40, () -> allocate(this.selected, 100_000));
		assertThat(results.stream().filter((r) -> errors(r, "fundAllocate").isEmpty()).count()).isEqualTo(30);
		assertInvariantsHold();
	}

	@Test
	void concurrentDisbursementsNeverExceedTheAllocation() throws Exception {
		contribute("A", 10_000_000, false);
		allocate(this.selected, 1_000_000);
		List<Response> results = concurrently(30, () -> disburse(this.selected, 100_000, "センサー設置"));
		assertThat(results.stream().filter((r) -> errors(r, "fundDisburse").isEmpty()).count()).isEqualTo(10);
		assertInvariantsHold();
	}

	/**
	 * The account and every allocation agree with the ledger, and no invariant is broken.
	 */
	private void assertInvariantsHold() {
		FundAccount account = this.mongo.findById(FundAccount.ID, FundAccount.class);
		assertThat(account).isNotNull();
		Map<EntryKind, Long> net = new HashMap<>();
		for (LedgerEntry entry : this.mongo.findAll(LedgerEntry.class)) {
			EntryKind kind = (entry.kind() == EntryKind.REVERSAL) ? entry.reversedKind() : entry.kind();
			long sign = (entry.kind() == EntryKind.REVERSAL) ? -1 : 1;
			net.merge(kind, sign * entry.amount(), Long::sum);
		}
		assertThat(account.contributed()).isEqualTo(net.getOrDefault(EntryKind.CONTRIBUTION, 0L));
		assertThat(account.allocated()).isEqualTo(net.getOrDefault(EntryKind.ALLOCATION, 0L));
		assertThat(account.disbursed()).isEqualTo(net.getOrDefault(EntryKind.DISBURSEMENT, 0L));
		assertThat(account.available()).isEqualTo(account.contributed() - account.allocated()).isNotNegative();
		for (Allocation allocation : this.mongo.findAll(Allocation.class)) {
			assertThat(allocation.amount()).isLessThanOrEqualTo(allocation.requested());
			assertThat(allocation.disbursed()).isLessThanOrEqualTo(allocation.amount());
			assertThat(allocation.remaining()).isEqualTo(allocation.amount() - allocation.disbursed());
		}
	}

	private String contribute(String donor, long amount, boolean anonymous) {
		Response response = staff().op("fund", "Contribute",
				Map.of("input", Map.of("donor", donor, "amount", amount, "anonymous", anonymous)));
		assertThat(errors(response, "fundContribute")).as(response.raw()).isEmpty();
		return response.data("fundContribute", "entry", "id").asString();
	}

	private Response allocate(String proposal, long amount) {
		return staff().op("fund", "Allocate", Map.of("input", Map.of("proposalId", proposal, "amount", amount)));
	}

	private Response disburse(String proposal, long amount, String milestone) {
		return staff().op("fund", "Disburse",
				Map.of("input", Map.of("proposalId", proposal, "amount", amount, "milestone", milestone)));
	}

	private Response reverse(String entry) {
		return staff().op("fund", "Reverse", Map.of("input", Map.of("entryId", entry, "reason", "記帳の誤り")));
	}

	private static List<Response> concurrently(int count, Callable<Response> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<Response>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				futures.add(pool.submit(call));
			}
			List<Response> results = new ArrayList<>();
			for (Future<Response> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	static List<String> errors(Response response, String mutation) {
		assertThat(response.json().path("errors").isMissingNode()).as(response.raw()).isTrue();
		List<String> errors = new ArrayList<>();
		response.data(mutation, "userErrors")
			.forEach(
					(error) -> errors.add(error.path("field").get(1).asString() + ":" + error.path("code").asString()));
		return errors;
	}

}
