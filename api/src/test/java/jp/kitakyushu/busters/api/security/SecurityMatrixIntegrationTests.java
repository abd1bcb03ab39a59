package jp.kitakyushu.busters.api.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jp.kitakyushu.busters.api.company.CompanyFixtures;
import jp.kitakyushu.busters.api.problem.ProblemService;
import jp.kitakyushu.busters.api.proposal.ProposalScenario;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeFixtures;
import jp.kitakyushu.busters.api.theme.ThemeStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query and mutation of the schema, run as each kind of caller, against one table
 * of expected outcomes. An operation added to the schema without a row here fails the
 * test.
 *
 * <p>
 * Outcomes: {@code OK} the caller may do it (a business refusal such as a wrong state
 * still counts, the rule let them try); {@code HIDDEN} the object is not visible to them
 * (null, or a NOT_FOUND user error); {@code REFUSED} visible but not theirs to change
 * (NOT_ALLOWED); {@code DENIED} their role may not call it (FORBIDDEN); {@code UNAUTH} a
 * token is needed.
 */
class SecurityMatrixIntegrationTests extends ApiIntegrationTest {

	/** The callers, in the order of the table's columns. */
	/** A colleague who joined company A, for the member-removal row. */
	private static final String SECOND_MEMBER = "company-a-second-member";

	private static final List<String> CALLERS = List.of("anonymous", "citizenA", "citizenB", "companyA", "companyB",
			"staff", "reporter");

	@Autowired
	ProblemService problemService;

	private final Map<String, String> ids = new HashMap<>();

	/** Operation → what it does as each caller, columns as in {@link #CALLERS}. */
	private static Map<String, String> expectations() {
		Map<String, String> table = new LinkedHashMap<>();
		// Queries
		table.put("auditEntries", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("categories", "OK OK OK OK OK OK OK");
		table.put("companies", "OK OK OK OK OK OK OK");
		table.put("fund", "OK OK OK OK OK OK OK");
		table.put("health", "OK OK OK OK OK OK OK");
		table.put("me", "UNAUTH OK OK OK OK OK OK");
		table.put("myCompanies", "UNAUTH DENIED DENIED OK OK DENIED DENIED");
		table.put("myNotifications", "UNAUTH OK OK OK OK OK OK");
		table.put("myProblems", "UNAUTH OK OK DENIED DENIED DENIED DENIED");
		table.put("myProposals", "UNAUTH DENIED DENIED OK OK DENIED DENIED");
		table.put("node", "HIDDEN HIDDEN HIDDEN OK HIDDEN HIDDEN HIDDEN");
		table.put("problems", "OK OK OK OK OK OK OK");
		table.put("problemFacets", "OK OK OK OK OK OK OK");
		table.put("proposals", "OK OK OK OK OK OK OK");
		table.put("themes", "OK OK OK OK OK OK OK");
		table.put("wards", "OK OK OK OK OK OK OK");
		// Reporting
		table.put("report", "OK OK OK OK OK OK OK");
		table.put("statisticDefinitions", "OK OK OK OK OK OK OK");
		table.put("open311ApiKeys", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("open311ApiKeyIssue", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("open311ApiKeyRevoke", "UNAUTH DENIED DENIED DENIED DENIED HIDDEN DENIED");
		table.put("problemPreview", "UNAUTH OK OK DENIED DENIED OK DENIED");
		table.put("myNotificationPreferences", "UNAUTH OK OK OK OK OK OK");
		table.put("demoMailbox", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		// Search and matching
		table.put("search", "OK OK OK OK OK OK OK");
		table.put("similarProblems", "OK OK OK OK OK OK OK");
		table.put("problemClusters", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("matchThemes", "UNAUTH DENIED DENIED OK OK OK DENIED");
		table.put("matchProposals", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("matchCompanies", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		// Problems
		table.put("problemSubmit", "UNAUTH OK OK DENIED DENIED DENIED DENIED");
		table.put("problemSubmitOnBehalf", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("problemSupport", "UNAUTH REFUSED OK DENIED DENIED DENIED DENIED");
		table.put("problemWithdrawSupport", "UNAUTH HIDDEN OK DENIED DENIED DENIED DENIED");
		table.put("problemPublish", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("problemRedact", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("problemReject", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("problemMerge", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		// Themes and notifications
		table.put("themeCreate", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("themeUpdate", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("themePublish", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("themeCancel", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("notificationMarkRead", "UNAUTH OK HIDDEN HIDDEN HIDDEN HIDDEN HIDDEN");
		table.put("notificationPreferencesUpdate", "UNAUTH OK OK OK OK OK OK");
		// Companies
		table.put("companyRegister", "UNAUTH OK OK OK OK DENIED DENIED");
		table.put("companyUpdate", "UNAUTH DENIED DENIED OK REFUSED DENIED DENIED");
		table.put("companyInviteMember", "UNAUTH DENIED DENIED OK REFUSED DENIED DENIED");
		table.put("companyJoin", "UNAUTH HIDDEN HIDDEN HIDDEN HIDDEN DENIED DENIED");
		table.put("companyTransferManagement", "UNAUTH DENIED DENIED OK REFUSED DENIED DENIED");
		table.put("companyRemoveMember", "UNAUTH DENIED DENIED OK REFUSED DENIED DENIED");
		table.put("companyVerify", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("companySuspend", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("companyReinstate", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		// Proposals
		table.put("proposalCreate", "UNAUTH DENIED DENIED OK REFUSED DENIED DENIED");
		table.put("proposalUpdate", "UNAUTH DENIED DENIED OK HIDDEN DENIED DENIED");
		table.put("proposalSubmit", "UNAUTH DENIED DENIED OK HIDDEN DENIED DENIED");
		table.put("proposalShortlist", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("evaluationSubmit", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("proposalSelect", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("proposalStart", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("outcomeReport", "UNAUTH DENIED DENIED HIDDEN OK OK DENIED");
		table.put("outcomeRecordMetrics", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("outcomeResolveProblems", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("proposalComplete", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("proposalDecline", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("proposalWithdraw", "UNAUTH DENIED DENIED OK HIDDEN DENIED DENIED");
		// Fund
		table.put("fundContribute", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("fundAllocate", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("fundDisburse", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		table.put("fundReverse", "UNAUTH DENIED DENIED DENIED DENIED OK DENIED");
		return table;
	}

	/** Each operation's document and variables, built on the scenario's objects. */
	private Map<String, Operation> operations() {
		Map<String, Operation> ops = new HashMap<>();
		query(ops, "auditEntries", "{ auditEntries { totalCount } }");
		query(ops, "categories", "{ categories { code } }");
		query(ops, "companies", "{ companies { totalCount } }");
		query(ops, "fund", "{ fund { contributed } }");
		query(ops, "health", "{ health { status } }");
		query(ops, "me", "{ me { subject } }");
		query(ops, "myCompanies", "{ myCompanies { totalCount } }");
		query(ops, "myNotifications", "{ myNotifications { totalCount } }");
		query(ops, "myProblems", "{ myProblems { totalCount } }");
		query(ops, "myProposals", "{ myProposals { totalCount } }");
		ops.put("node", new Operation("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id("draftProposal"))));
		query(ops, "problems", "{ problems { totalCount } }");
		query(ops, "problemFacets", "{ problemFacets { ward { value count } } }");
		query(ops, "proposals", "{ proposals { totalCount } }");
		query(ops, "themes", "{ themes { totalCount } }");
		query(ops, "wards", "{ wards { ward } }");
		query(ops, "report",
				"{ report(period: { from: \"2026-04\", to: \"2027-03\" }) { problemTotals { submitted } } }");
		query(ops, "statisticDefinitions", "{ statisticDefinitions { key } }");
		query(ops, "open311ApiKeys", "{ open311ApiKeys { totalCount } }");
		mutation(ops, "open311ApiKeyIssue", "Open311ApiKeyIssueInput", Map.of("name", "市民アプリ"));
		mutation(ops, "open311ApiKeyRevoke", "Open311ApiKeyRevokeInput",
				Map.of("apiKeyId", "T3BlbjMxMUFwaUtleTpub25l"));
		query(ops, "problemPreview",
				"{ problemPreview(input: { title: \"街灯\", body: \"暗い\", category: \"OTHER\" }) { title } }");
		query(ops, "myNotificationPreferences", "{ myNotificationPreferences { emailEnabled } }");
		query(ops, "demoMailbox", "{ demoMailbox { running } }");
		query(ops, "search", "{ search(query: \"ごみ\") { totalCount } }");
		query(ops, "similarProblems", "{ similarProblems(text: \"ごみ置き場\") { score } }");
		query(ops, "problemClusters", "{ problemClusters { size } }");
		query(ops, "matchThemes", "{ matchThemes(text: \"ごみ置き場\") { score } }");
		ops.put("matchProposals", new Operation("query($id: ID!) { matchProposals(theme: $id) { score } }",
				Map.of("id", id("openTheme"))));
		ops.put("matchCompanies", new Operation("query($id: ID!) { matchCompanies(theme: $id) { score } }",
				Map.of("id", id("openTheme"))));

		Map<String, Object> problem = Map.of("title", "街灯が暗い", "body", "夜道が暗くて危ない。", "category", "DISASTER_SAFETY",
				"ward", "TOBATA");
		mutation(ops, "problemSubmit", "ProblemSubmitInput", problem);
		mutation(ops, "problemSubmitOnBehalf", "ProblemSubmitOnBehalfInput",
				with(problem, "intakeMethod", "PHONE", "contact", Map.of("name", "北九 太郎")));
		mutation(ops, "problemSupport", "ProblemSupportInput", Map.of("problemId", id("published")));
		mutation(ops, "problemWithdrawSupport", "ProblemSupportInput", Map.of("problemId", id("published")));
		mutation(ops, "problemPublish", "ProblemPublishInput", Map.of("problemId", id("submitted")));
		mutation(ops, "problemRedact", "ProblemRedactInput", Map.of("problemId", id("submitted")));
		mutation(ops, "problemReject", "ProblemRejectInput", Map.of("problemId", id("submitted"), "reason", "重複"));
		mutation(ops, "problemMerge", "ProblemMergeInput",
				Map.of("problemId", id("submitted"), "intoProblemId", id("published")));

		mutation(ops, "themeCreate", "ThemeCreateInput", Map.of("title", "夜道の安全", "description", "街灯を増やしたい", "category",
				"DISASTER_SAFETY", "problemIds", List.of(id("published"))));
		mutation(ops, "themeUpdate", "ThemeUpdateInput", Map.of("themeId", id("draftTheme"), "title", "夜道の安全 改"));
		mutation(ops, "themePublish", "ThemePublishInput", Map.of("themeId", id("draftTheme")));
		mutation(ops, "themeCancel", "ThemeCancelInput", Map.of("themeId", id("draftTheme"), "reason", "見直し"));
		mutation(ops, "notificationMarkRead", "NotificationMarkReadInput",
				Map.of("notificationId", id("notification")));
		mutation(ops, "notificationPreferencesUpdate", "NotificationPreferencesUpdateInput",
				Map.of("emailEnabled", false, "language", "en"));

		mutation(ops, "companyRegister", "CompanyRegisterInput",
				CompanyFixtures.registration("若松ロボティクス株式会社", "000012050003"));
		mutation(ops, "companyUpdate", "CompanyUpdateInput", Map.of("companyId", id("companyA"), "description", "更新"));
		mutation(ops, "companyInviteMember", "CompanyInviteMemberInput", Map.of("companyId", id("companyA")));
		mutation(ops, "companyJoin", "CompanyJoinInput", Map.of("code", "no-such-code"));
		// Handing management to oneself changes nothing, so the next row still finds A
		// managed by A.
		mutation(ops, "companyTransferManagement", "CompanyTransferManagementInput",
				Map.of("companyId", id("companyA"), "subject", "company-a-member"));
		mutation(ops, "companyRemoveMember", "CompanyRemoveMemberInput",
				Map.of("companyId", id("companyA"), "subject", SECOND_MEMBER));
		mutation(ops, "companyVerify", "CompanyVerifyInput", Map.of("companyId", id("companyC")));
		mutation(ops, "companySuspend", "CompanySuspendInput", Map.of("companyId", id("companyC"), "reason", "確認中"));
		mutation(ops, "companyReinstate", "CompanyReinstateInput", Map.of("companyId", id("companyC")));

		mutation(ops, "proposalCreate", "ProposalCreateInput", ProposalScenario.draft(id("openTheme"), id("companyA")));
		mutation(ops, "proposalUpdate", "ProposalUpdateInput",
				Map.of("proposalId", id("draftProposal"), "title", "改題"));
		mutation(ops, "proposalSubmit", "ProposalSubmitInput", Map.of("proposalId", id("draftProposal")));
		mutation(ops, "proposalShortlist", "ProposalShortlistInput", Map.of("proposalId", id("shortlisted")));
		mutation(ops, "evaluationSubmit", "EvaluationSubmitInput", Map.of("proposalId", id("shortlisted"), "scores",
				List.of(Map.of("criterion", "実現可能性", "score", 4, "comment", "妥当"))));
		mutation(ops, "proposalSelect", "ProposalSelectInput", Map.of("proposalId", id("shortlisted")));
		mutation(ops, "proposalStart", "ProposalStartInput", Map.of("proposalId", id("shortlisted")));
		mutation(ops, "outcomeReport", "OutcomeReportInput", Map.of("proposalId", id("shortlisted"), "text", "進捗"));
		mutation(ops, "outcomeRecordMetrics", "OutcomeRecordMetricsInput",
				Map.of("proposalId", id("shortlisted"), "asOf", "2026-04-01T00:00:00Z", "staffHoursSavedPerYear", 10,
						"citizensReached", 10, "satisfactionChangePoints", 1.0));
		mutation(ops, "outcomeResolveProblems", "OutcomeResolveProblemsInput",
				Map.of("proposalId", id("shortlisted"), "problemIds", List.of(id("published"))));
		mutation(ops, "proposalComplete", "ProposalCompleteInput", Map.of("proposalId", id("shortlisted")));
		mutation(ops, "proposalDecline", "ProposalDeclineInput",
				Map.of("proposalId", id("shortlisted"), "reason", "予算"));
		mutation(ops, "proposalWithdraw", "ProposalWithdrawInput", Map.of("proposalId", id("draftProposal")));

		mutation(ops, "fundContribute", "FundContributeInput", Map.of("donor", "寄付者", "amount", 1000));
		mutation(ops, "fundAllocate", "FundAllocateInput", Map.of("proposalId", id("shortlisted"), "amount", 1000));
		mutation(ops, "fundDisburse", "FundDisburseInput",
				Map.of("proposalId", id("shortlisted"), "amount", 1000, "milestone", "センサー設置"));
		mutation(ops, "fundReverse", "FundReverseInput", Map.of("entryId", id("ledgerEntry"), "reason", "誤記"));
		return ops;
	}

	@Test
	void everyOperationAnswersEachCallerAsTheTableSays() {
		buildScenario();
		Map<String, String> table = expectations();
		assertThat(new TreeSet<>(table.keySet()))
			.as("operations in the schema without a row in the table, or rows for operations that no longer exist")
			.isEqualTo(schemaOperations());
		Map<String, Operation> operations = operations();
		List<String> mismatches = new ArrayList<>();
		for (Map.Entry<String, String> row : table.entrySet()) {
			Operation operation = operations.get(row.getKey());
			assertThat(operation).as("no document for " + row.getKey()).isNotNull();
			List<String> actual = new ArrayList<>();
			for (String caller : CALLERS) {
				actual.add(outcome(caller(caller).run(operation.document(), operation.variables()), row.getKey()));
			}
			String got = String.join(" ", actual);
			if (!got.equals(row.getValue())) {
				mismatches.add(row.getKey() + ": expected " + row.getValue() + " but was " + got);
			}
		}
		assertThat(mismatches).as("callers: " + CALLERS).isEmpty();
	}

	private void buildScenario() {
		ThemeFixtures themes = new ThemeFixtures(this.mongo);
		Theme open = themes.open();
		this.ids.put("openTheme", GlobalId.encode("Theme", open.getId()));
		this.ids.put("draftTheme", GlobalId.encode("Theme", themes.inState(ThemeStatus.DRAFT).getId()));
		this.ids.put("published", submit(citizen(), true));
		this.ids.put("submitted", submit(citizen(), false));
		this.ids.put("companyA", ProposalScenario.companyA(companyA(), staff()));
		String companyB = ProposalScenario.companyB(companyB(), staff());
		String code = companyA().op("company", "Invite", Map.of("id", id("companyA")))
			.data("companyInviteMember", "invitation", "code")
			.asString();
		assertThat(as(SECOND_MEMBER, "company").op("company", "Join", Map.of("code", code))
			.data("companyJoin", "userErrors")
			.isEmpty()).isTrue();
		this.ids.put("companyC",
				CompanyFixtures.register(as("company-c-member", "company"), "戸畑精工株式会社", "000012050004"));
		this.ids.put("draftProposal",
				ProposalScenario.create(companyA(), ProposalScenario.draft(id("openTheme"), id("companyA"))));
		this.ids.put("shortlisted",
				ProposalScenario.shortlisted(companyB(), staff(), ProposalScenario.draft(id("openTheme"), companyB)));
		this.problemService.adopt(List.of(GlobalId.idOf(id("published"), "Problem").orElseThrow()), open.getId(),
				open.getTitle());
		JsonNode notifications = citizen().run("{ myNotifications { nodes { id } } }").data("myNotifications", "nodes");
		this.ids.put("notification", notifications.get(0).path("id").asString());
		this.ids.put("ledgerEntry",
				staff().run("mutation { fundContribute(input: { donor: \"x\", amount: 5000 }) { entry { id } } }")
					.data("fundContribute", "entry", "id")
					.asString());
	}

	private String submit(Caller citizen, boolean publish) {
		String id = citizen
			.runNamed("problemSubmit", Map.of("input",
					Map.of("title", "ごみ置き場が荒れている", "body", "カラスが袋を破ります。", "category", "ENVIRONMENT", "ward", "MOJI")))
			.data("problemSubmit", "problem", "id")
			.asString();
		if (publish) {
			staff().op("problemModerate", "Publish", Map.of("id", id));
		}
		return id;
	}

	private Set<String> schemaOperations() {
		Set<String> names = new TreeSet<>();
		// One root type per request: graphql-java refuses introspection that asks for
		// fields twice.
		for (String root : List.of("queryType", "mutationType")) {
			Response response = anonymous().run("{ __schema { " + root + " { fields { name } } } }");
			response.data("__schema", root, "fields").forEach((field) -> names.add(field.path("name").asString()));
			assertThat(names).as(response.raw()).isNotEmpty();
		}
		return names;
	}

	private static String outcome(Response response, String field) {
		String code = response.firstErrorCode();
		if ("UNAUTHENTICATED".equals(code)) {
			return "UNAUTH";
		}
		if ("FORBIDDEN".equals(code)) {
			return "DENIED";
		}
		if (code != null) {
			return "ERROR(" + code + ": " + response.json().path("errors").get(0).path("message").asString() + ")";
		}
		JsonNode value = response.data(field);
		if (value.isNull() || value.isMissingNode()) {
			return "HIDDEN";
		}
		JsonNode userErrors = value.path("userErrors");
		if (userErrors.isArray() && !userErrors.isEmpty()) {
			String userError = userErrors.get(0).path("code").asString();
			if ("NOT_FOUND".equals(userError)) {
				return "HIDDEN";
			}
			if ("NOT_ALLOWED".equals(userError)) {
				return "REFUSED";
			}
		}
		return "OK";
	}

	private Caller caller(String name) {
		return switch (name) {
			case "anonymous" -> anonymous();
			case "citizenA" -> citizen();
			case "citizenB" -> citizenB();
			case "companyA" -> companyA();
			case "companyB" -> companyB();
			case "staff" -> staff();
			case "reporter" -> reporter();
			default -> throw new IllegalArgumentException(name);
		};
	}

	private String id(String name) {
		String id = this.ids.get(name);
		assertThat(id).as("scenario id " + name).isNotBlank();
		return id;
	}

	private static void query(Map<String, Operation> ops, String name, String document) {
		ops.put(name, new Operation(document, Map.of()));
	}

	private static void mutation(Map<String, Operation> ops, String name, String inputType, Map<String, Object> input) {
		ops.put(name,
				new Operation(
						"mutation($input: " + inputType + "!) { " + name + "(input: $input) { userErrors { code } } }",
						Map.of("input", input)));
	}

	private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
		Map<String, Object> result = new HashMap<>(base);
		for (int i = 0; i < pairs.length; i += 2) {
			result.put((String) pairs[i], pairs[i + 1]);
		}
		return result;
	}

	record Operation(String document, Map<String, Object> variables) {
	}

}
