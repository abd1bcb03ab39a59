package jp.kitakyushu.busters.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city officer's day, with the keyboard only (Tab to reach, Enter, Space, typing; never
 * a click): moderate three submissions (publish one after masking a name the detector
 * missed, reject one with a ready reason, merge one into the problem it repeats), take a
 * phone call on a citizen's behalf, build a theme from a cluster of problems and publish
 * it; a company submits a proposal through the api; two reviewers score it (the second
 * sees the first's scores only after scoring), it is selected once the call has closed,
 * money is allocated and one milestone paid, and an outcome records the problems it
 * resolved; the audit log shows each step.
 */
@Order(15)
@ExtendWith(PlatformExtension.class)
class StaffJourneyIntegrationTests {

	static final ZoneId CITY = ZoneId.of("Asia/Tokyo");

	/**
	 * A friend's surname that is also an everyday word (forest), which the detector
	 * misses.
	 */
	static final String MISSED_NAME = "森";

	private final String tag = UUID.randomUUID().toString().substring(0, 6);

	private final GraphQl staffApi = GraphQl.as("staff");

	@Test
	void aStaffMembersDayFromModerationToOutcomeWithTheKeyboardOnly() throws Exception {
		// Three submissions from citizens, and the published problem one of them repeats.
		String original = published("taro", "戸畑駅前の歩道橋にエレベーターがない " + this.tag,
				"戸畑駅前の歩道橋は階段しかなく、ベビーカーや車いすでは渡れません。エレベーターをつけてほしいです。", "TOBATA", "TRANSPORT");
		String toPublish = submitted("hanako", "若松図書館の自習席が足りない " + this.tag,
				"試験前の週末は若松図書館の自習席がすぐ埋まり、高校生が座れずに帰っています。うちの子と仲良しの" + MISSED_NAME + "も朝から並んでいます。連絡は電話 090-1234-5678 まで。",
				"WAKAMATSU", "EDUCATION");
		String toReject = submitted("hanako", "なんとかして " + this.tag, "困っています。", "CITYWIDE", "OTHER");
		String duplicate = submitted("hanako", "戸畑駅の歩道橋、階段だけでつらい " + this.tag,
				"戸畑駅前の歩道橋に階段しかありません。ベビーカーを抱えて上るのは大変なので、エレベーターがほしいです。", "TOBATA", "TRANSPORT");
		// Problems waiting for a theme that tell of the same thing.
		List<String> clustered = new ArrayList<>();
		for (String[] text : new String[][] {
				{ "門司港の商店街に休める場所がない " + this.tag, "門司港の商店街には、買い物の途中で高齢者が座って休めるベンチがありません。" },
				{ "門司の商店街にベンチがほしい " + this.tag, "門司港の商店街を歩くと疲れますが、休めるベンチも日陰もありません。" },
				{ "商店街で座れる場所を " + this.tag, "門司港の商店街に座って休めるベンチを置いてほしいです。高齢の母が歩くのに苦労しています。" } }) {
			clustered.add(published("taro", text[0], text[1], "MOJI", "TOURISM"));
		}

		try (Browser browser = Browser.japanese()) {
			Keyboard keys = new Keyboard(browser);
			signIn(browser, keys, "staff", Keycloak.DEMO_PASSWORD);

			// Moderation: publish, reject with a ready reason, merge into the original.
			keys.press("nav-staff");
			browser.byId("waiting-figures");
			keys.press("staff-nav-moderation");
			assertThat(browser.byId("moderation-count").getText()).contains("確認を待っています");
			browser.open("/staff/problems/" + toPublish);
			// Beside the original, what the public will read, each masked span marked.
			assertThat(browser.byId("original-body").getText()).contains("090-1234-5678");
			assertThat(browser.byId("public-body").getText()).doesNotContain("090-1234-5678");
			assertThat(browser.byId("public-body").findElement(By.cssSelector("mark.masked")).getText())
				.isEqualTo("［電話番号］");
			assertThat(browser.byId("public-findings").getText()).contains("［電話番号］×1");
			// The friend's surname is also an everyday word: the detector let it through,
			// the officer masks it by hand and publishes in the same step.
			assertThat(browser.byId("public-body").getText()).contains("仲良しの" + MISSED_NAME + "も");
			keys.type("phrase", MISSED_NAME).choose("kind", "PERSON_NAME").press("redact-publish");
			assertThat(browser.byId("flash").getText()).contains("公開しました");
			JsonNode published = problem(toPublish);
			assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
			assertThat(published.path("publicBody").asString()).contains("仲良しの［氏名］も")
				.doesNotContain("090-1234-5678")
				.doesNotContain(MISSED_NAME);

			browser.open("/staff/problems/" + toReject);
			radio(keys, "preset-abuse", "preset-vague");
			keys.press("reject");
			assertThat(browser.byId("flash").getText()).contains("公開しないことに");
			JsonNode rejected = problem(toReject);
			assertThat(rejected.path("status").asString()).isEqualTo("REJECTED");
			assertThat(rejected.path("rejectionReason").asString()).contains("具体的でない");

			browser.open("/staff/problems/" + duplicate);
			keys.press(mergeButtonFor(browser, original));
			assertThat(browser.byId("flash").getText()).contains("まとめました");
			assertThat(status(duplicate)).isEqualTo("MERGED");
			assertThat(problem(original).path("supporterCount").asInt()).isGreaterThanOrEqualTo(1);

			// A phone call on a citizen's behalf.
			keys.press("staff-nav-intake");
			keys.choose("category", "ELDERLY")
				.choose("ward", "YAHATA_HIGASHI")
				.type("title", "坂の上のごみ出しが大変 " + this.tag)
				.type("body", "電話での相談: 坂の上に住む80代の方から、ごみ集積所まで坂を下りるのがつらいとのこと。")
				.type("contactName", "電話の相談者")
				.type("contactPhone", "093-555-0100")
				.press("intake-submit");
			assertThat(browser.byId("flash").getText()).contains("受け付けました");
			String intake = browser.byId("entered").findElement(By.tagName("a")).getDomAttribute("href");
			JsonNode entered = problem(intake.substring(intake.lastIndexOf('/') + 1));
			assertThat(entered.path("channel").asString()).isEqualTo("PROXY");
			assertThat(entered.path("contact").path("phone").asString()).isEqualTo("093-555-0100");

			// A theme from a cluster, published.
			keys.press("staff-nav-curation");
			keys.choose("filter-category", "TOURISM").choose("filter-ward", "MOJI").press("curation-filter");
			WebElement cluster = clusterHolding(browser, clustered);
			for (WebElement box : cluster.findElements(By.cssSelector("input[type=checkbox]"))) {
				if (clustered.contains(box.getDomAttribute("value"))) {
					keys.toggle(box.getDomAttribute("id"));
				}
			}
			keys.press("draft-submit");
			assertThat(browser.byId("flash").getText()).contains("下書きをつくりました");
			String theme = browser.url().replaceAll(".*/staff/themes/([^/?#]+).*", "$1");
			// The draft is named by the cluster's words (the search library leaves place
			// names out).
			assertThat(browser.driver().findElement(By.id("title")).getDomProperty("value")).contains("ベンチ");
			Instant closes = Instant.now().plus(Duration.ofMinutes(4)).truncatedTo(ChronoUnit.MINUTES);
			keys.type("expectedOutcomes", "買い物の途中で休める場所ができる")
				.replace("budgetCap", "2,000,000")
				.replace("opensAt", LocalDateTime.now(CITY).toLocalDate().toString())
				.replace("closesAt", DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").format(closes.atZone(CITY)))
				.press("theme-save");
			assertThat(browser.byId("flash").getText()).contains("保存しました");
			keys.press("theme-publish");
			assertThat(browser.byId("confirm-heading").getText()).contains("公開してよいですか");
			keys.press("confirm");
			assertThat(browser.byId("flash").getText()).contains("公開しました");
			assertThat(this.staffApi
				.data("query($id: ID!) { node(id: $id) { ... on Theme { status } } }", Map.of("id", theme))
				.path("node")
				.path("status")
				.asString()).isEqualTo("OPEN");

			// A company answers it through the api.
			String proposal = companySubmits(theme);

			// Two reviewers score it; the second is blind to the first until scoring.
			browser.open("/staff/themes/" + theme + "/proposals");
			assertThat(browser.byId("ranking").getText()).contains("ベンチと日陰");
			browser.open("/staff/proposals/" + proposal);
			keys.press("shortlist");
			assertThat(browser.byId("flash").getText()).contains("候補に入れました");
			score(keys, browser, 4);
			assertThat(browser.byId("flash").getText()).contains("採点を送りました");
			assertThat(browser.byId("review-score").getText()).isEqualTo("4.0");

			try (TemporaryStaff second = TemporaryStaff.create("門司", "次郎"); Browser other = Browser.japanese()) {
				Keyboard otherKeys = new Keyboard(other);
				signIn(other, otherKeys, second.username(), second.password());
				other.open("/staff/proposals/" + proposal);
				assertThat(other.byId("blind-notice").getText()).contains("あなたが採点を送ってから");
				assertThat(other.driver().findElements(By.id("review-score"))).isEmpty();
				assertThat(other.driver().findElements(By.id("evaluations"))).isEmpty();
				score(otherKeys, other, 2);
				assertThat(other.byId("review-score").getText()).isEqualTo("3.0");
				assertThat(other.byId("review-spread").getText()).isEqualTo("2.0");
				assertThat(other.byId("evaluations").getText()).contains("市子", "次郎");
			}

			// Selected once the call has closed.
			awaitClosed(theme, closes);
			browser.open("/staff/proposals/" + proposal);
			keys.press("select");
			assertThat(browser.byId("flash").getText()).contains("採択しました");

			// Money: allocate, then pay one milestone, each confirmed with the amount in
			// yen.
			browser.open("/staff/fund?proposal=" + proposal);
			keys.type("allocate-amount", "1,500,000").press("allocate-submit");
			assertThat(browser.byId("confirm-amount").getText()).isEqualTo("1,500,000円");
			keys.press("confirm");
			assertThat(browser.byId("flash").getText()).contains("配分を記帳しました");
			keys.choose("disburse-proposalId", proposal)
				.choose("disburse-milestone", "ベンチの設置")
				.type("disburse-amount", "600000")
				.press("disburse-submit");
			assertThat(browser.byId("confirm-amount").getText()).isEqualTo("600,000円");
			keys.press("confirm");
			assertThat(browser.byId("flash").getText()).contains("支払いを記帳しました");

			// The outcome: figures, and the problems the demonstration resolved.
			browser.open("/staff/outcomes/" + proposal);
			keys.type("asOf", LocalDateTime.now(CITY).toLocalDate().toString())
				.type("staffHours", "120")
				.type("citizensReached", "850")
				.type("satisfaction", "12.5")
				.press("metrics-submit");
			assertThat(browser.byId("flash").getText()).contains("数字を記録しました");
			for (WebElement box : browser.driver().findElements(By.cssSelector("#resolve-form input[type=checkbox]"))) {
				keys.toggle(box.getDomAttribute("id"));
			}
			keys.press("resolve-submit");
			assertThat(browser.byId("flash").getText()).contains("解決したと記録しました");
			for (String id : clustered) {
				assertThat(status(id)).isEqualTo("RESOLVED");
			}

			// The audit log shows each step, and each entry opens its object.
			browser.open("/staff/audit?action=problem.");
			assertThat(browser.byId("audit-table").getText()).contains("困りごとの公開", "困りごとを公開しない", "困りごとをまとめる", "困りごとの投稿",
					"困りごとの解決");
			browser.open("/staff/audit");
			assertThat(browser.byId("audit-table").getText()).contains("テーマの下書き", "テーマの公開", "審査の候補に", "採点", "提案の採択",
					"配分の記帳", "支払いの記帳", "成果の数字", "解決の記録");
			browser.open("/staff/audit?entity=" + toReject);
			keys.press(browser.driver().findElement(By.cssSelector("a.audit-object")).getDomAttribute("id"));
			assertThat(browser.url()).contains("/staff/problems/" + toReject);
		}
	}

	private static void signIn(Browser browser, Keyboard keys, String username, String password) {
		browser.open("/");
		keys.press("login");
		browser.visible(By.id("username"));
		keys.type("username", username).type("password", password).press("kc-login");
		browser.byId("logout");
	}

	private static void score(Keyboard keys, Browser browser, int score) {
		List<WebElement> criteria = browser.driver()
			.findElements(By.cssSelector("#score-form fieldset[id^=criterion-]"));
		assertThat(criteria).isNotEmpty();
		for (int i = 0; i < criteria.size(); i++) {
			radio(keys, "score-" + i + "-0", "score-" + i + "-" + score);
			keys.type("scores" + i + ".comment", "理由 " + i + ": " + score + "点");
		}
		// Enter on the button starts the post; on a loaded machine the old page (and its
		// flash) can still be there when the next line reads it.
		WebElement form = browser.byId("score-form");
		keys.press("score-submit");
		browser.waitUntilReplaced(form);
	}

	/**
	 * Chooses a radio button as a keyboard user does: Tab reaches the group (its first
	 * button), the arrow keys move the choice along it.
	 */
	private static void radio(Keyboard keys, String first, String target) {
		keys.tabTo(first);
		for (int i = 0; i < 10 && !target.equals(keys.focused().getDomAttribute("id")); i++) {
			keys.focused().sendKeys(Keys.ARROW_DOWN);
		}
		assertThat(keys.focused().getDomAttribute("id")).isEqualTo(target);
		assertThat(keys.focused().isSelected()).isTrue();
	}

	private static String mergeButtonFor(Browser browser, String original) {
		for (WebElement candidate : browser.driver().findElements(By.cssSelector("#candidates > li"))) {
			if (candidate.findElement(By.cssSelector("h3 a")).getDomAttribute("href").endsWith(original)) {
				return candidate.findElement(By.cssSelector("button")).getDomAttribute("id");
			}
		}
		throw new AssertionError("the original is not among the duplicate candidates: " + browser.text());
	}

	private static WebElement clusterHolding(Browser browser, List<String> problems) {
		for (WebElement cluster : browser.driver().findElements(By.cssSelector("fieldset.cluster"))) {
			long held = cluster.findElements(By.cssSelector("input[type=checkbox]"))
				.stream()
				.filter((box) -> problems.contains(box.getDomAttribute("value")))
				.count();
			if (held == problems.size()) {
				return cluster;
			}
		}
		throw new AssertionError("no cluster holds all of " + problems + ": " + browser.text());
	}

	private String companySubmits(String theme) {
		GraphQl akari = GraphQl.as("akari");
		String company = akari.firstId("{ myCompanies { nodes { id } } }", "myCompanies");
		String proposal = akari.data(
				"mutation($input: ProposalCreateInput!) { proposalCreate(input: $input) { proposal { id } userErrors { field code } } }",
				Map.of("input", Map.of("themeId", theme, "companyId", company, "title", "ベンチと日陰の休憩スポット " + this.tag,
						"summary", "商店街の空き店舗前に、日陰つきのベンチを置きます。", "approach", "地元の木材でベンチをつくり、店主会と管理します。",
						"requestedAmount", 1_800_000, "milestones",
						List.of(Map.of("title", "ベンチの設置", "dueDate", Instant.now().plus(Duration.ofDays(30)).toString(),
								"amount", 1_000_000),
								Map.of("title", "利用の調査と報告", "dueDate",
										Instant.now().plus(Duration.ofDays(120)).toString(), "amount", 800_000)))))
			.path("proposalCreate")
			.path("proposal")
			.path("id")
			.asString();
		JsonNode submitted = akari.data(
				"mutation($id: ID!) { proposalSubmit(input: { proposalId: $id }) { proposal { status } userErrors { field code message } } }",
				Map.of("id", proposal));
		assertThat(submitted.path("proposalSubmit").path("proposal").path("status").asString()).as(submitted.toString())
			.isEqualTo("SUBMITTED");
		return proposal;
	}

	private void awaitClosed(String theme, Instant closes) throws InterruptedException {
		while (Instant.now().isBefore(closes.plusSeconds(2))) {
			Thread.sleep(1000);
		}
		assertThat(
				this.staffApi.data("query($id: ID!) { node(id: $id) { ... on Theme { status } } }", Map.of("id", theme))
					.path("node")
					.path("status")
					.asString())
			.isEqualTo("CLOSED");
	}

	private String submitted(String citizen, String title, String body, String ward, String category) {
		return GraphQl.as(citizen)
			.data("mutation($input: ProblemSubmitInput!) { problemSubmit(input: $input) { problem { id } } }",
					Map.of("input", Map.of("title", title, "body", body, "ward", ward, "category", category)))
			.path("problemSubmit")
			.path("problem")
			.path("id")
			.asString();
	}

	private String published(String citizen, String title, String body, String ward, String category) {
		String id = submitted(citizen, title, body, ward, category);
		this.staffApi.data("mutation($id: ID!) { problemPublish(input: { problemId: $id }) { problem { id } } }",
				Map.of("id", id));
		return id;
	}

	private JsonNode problem(String id) {
		return this.staffApi.data(
				"query($id: ID!) { node(id: $id) { ... on Problem { status publicBody rejectionReason supporterCount channel contact { phone } } } }",
				Map.of("id", id))
			.path("node");
	}

	private String status(String id) {
		return problem(id).path("status").asString();
	}

}
