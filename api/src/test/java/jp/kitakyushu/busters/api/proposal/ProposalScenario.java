package jp.kitakyushu.busters.api.proposal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.company.CompanyFixtures;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest.Caller;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives proposals through the api for tests: input builders and the usual steps from
 * draft to decision, each asserting it worked.
 */
public final class ProposalScenario {

	/** A 12-digit base for company A's corporate number. */
	public static final String BASE_A = "000012050002";

	/** A 12-digit base for company B's corporate number. */
	public static final String BASE_B = "180301018771";

	private ProposalScenario() {
	}

	/** The global id of a stored theme. */
	public static String themeId(Theme theme) {
		return GlobalId.encode("Theme", theme.getId());
	}

	/**
	 * A complete proposal within {@link ThemeFixtures#CAP}, overridden by {@code pairs}.
	 */
	public static Map<String, Object> draft(String themeId, String companyId, Object... pairs) {
		Map<String, Object> input = new HashMap<>();
		input.put("themeId", themeId);
		input.put("companyId", companyId);
		input.put("title", "IoTセンサーで見守るごみ出し支援");
		input.put("summary", "ごみ置き場のセンサーで、ごみ出しが途絶えた高齢者世帯を地域の見守り役に知らせます。");
		input.put("approach", "独自の低消費電力センサーと通知アルゴリズム(営業秘密)を使います。");
		input.put("requestedAmount", 3_000_000);
		input.put("milestones",
				List.of(Map.of("title", "センサー設置", "dueDate", "2027-06-30T00:00:00+09:00", "amount", 1_000_000),
						Map.of("title", "実証運用と報告", "dueDate", "2028-03-31T00:00:00+09:00", "amount", 2_000_000)));
		for (int i = 0; i < pairs.length; i += 2) {
			input.put((String) pairs[i], pairs[i + 1]);
		}
		return input;
	}

	/** Company A's verified company, registered by {@code companyA}. */
	public static String companyA(Caller companyA, Caller staff) {
		return CompanyFixtures.verified(companyA, staff, "北九見守り株式会社", BASE_A);
	}

	/** Company B's verified company, registered by {@code companyB}. */
	public static String companyB(Caller companyB, Caller staff) {
		return CompanyFixtures.verified(companyB, staff, "響灘テック株式会社", BASE_B);
	}

	/** Creates a draft; returns its global id. */
	public static String create(Caller member, Map<String, Object> input) {
		Response response = member.op("proposal", "Create", Map.of("input", input));
		assertThat(response.data("proposalCreate", "userErrors").isEmpty()).as(response.raw()).isTrue();
		return response.data("proposalCreate", "proposal", "id").asString();
	}

	/**
	 * Runs a proposal mutation of {@code proposal.graphql} and asserts the status after.
	 */
	public static Response step(Caller caller, String operation, String mutation, String id, String expectedStatus,
			Object... more) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("id", id);
		for (int i = 0; i < more.length; i += 2) {
			variables.put((String) more[i], more[i + 1]);
		}
		Response response = caller.op("proposal", operation, variables);
		assertThat(response.data(mutation, "proposal", "status").asString()).as(response.raw())
			.isEqualTo(expectedStatus);
		return response;
	}

	/** Creates and submits a proposal; returns its global id. */
	public static String submitted(Caller member, Map<String, Object> input) {
		String id = create(member, input);
		step(member, "Submit", "proposalSubmit", id, "SUBMITTED");
		return id;
	}

	/** Creates, submits and shortlists a proposal; returns its global id. */
	public static String shortlisted(Caller member, Caller staff, Map<String, Object> input) {
		String id = submitted(member, input);
		step(staff, "Shortlist", "proposalShortlist", id, "SHORTLISTED");
		return id;
	}

}
