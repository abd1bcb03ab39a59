package jp.kitakyushu.busters.e2e;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company's way through the site in a real browser, with the keyboard alone: a
 * citizen registers an organisation (a wrong check digit first), waits for the city,
 * finds the themes that fit, writes a proposal while the fit panel follows the text,
 * saves, submits and withdraws another; the same without JavaScript; and a colleague who
 * joins by link and is later removed.
 */
@Order(12)
@ExtendWith(PlatformExtension.class)
class CompanyJourneyIntegrationTests {

	/** A plan date comfortably after every open demo theme's deadline. */
	static final String PLAN_DATE = LocalDate.now().plusDays(200).toString();

	@Test
	void aCitizenRegistersWaitsForTheCityFindsThemesAndProposesWithTheKeyboard() {
		try (CompanyApi.Citizen citizen = CompanyApi.newCitizen("北九", "見守"); Browser browser = Browser.japanese()) {
			browser.signIn(citizen.username(), CompanyApi.CITIZEN_PASSWORD);
			Keyboard keys = new Keyboard(browser);
			keys.press("nav-company-start");
			keys.press("start-register");
			String number = CompanyApi.freshCorporateNumber();
			keys.type("name", "北九見守りテック株式会社")
				.type("corporateNumber", CompanyApi.withWrongCheckDigit(number))
				.tabTo("description");
			// Where JavaScript runs, the check digit is checked as it is typed.
			assertThat(browser.byId("corporateNumber-live").getText()).contains("チェックデジット");
			keys.type("description", "八幡東区で高齢者の見守りと移動支援のサービスを運営しています。")
				.type("capabilities", "高齢者の見守り、乗合タクシーの配車、買い物支援、電話での予約受付。坂の多い地区での移動支援の実績。")
				.type("tags", "見守り、オンデマンド交通、買い物支援")
				.press("register-submit");

			// The server says the same next to the field, and keeps every input.
			assertThat(browser.byId("corporateNumber-error").getText()).contains("チェックデジット");
			assertThat(browser.driver().getTitle()).startsWith("エラー:");
			assertThat(value(browser, "name")).isEqualTo("北九見守りテック株式会社");
			assertThat(value(browser, "tags")).isEqualTo("見守り、オンデマンド交通、買い物支援");
			Axe.check(browser, "company-register-errors-ja");

			keys.replace("corporateNumber", number).tabTo("description");
			assertThat(browser.byId("corporateNumber-live").getText()).contains("正しい");
			keys.press("register-submit");

			// Signed in again with the company role: the organisation waits for the city.
			assertThat(browser.byId("flash").getText()).contains("組織を登録しました");
			assertThat(browser.byId("waiting-verification").getText()).contains("市の確認を待っています");
			assertThat(browser.byId("company-status").getText()).contains("確認待ち");
			assertThat(CompanyApi.realmRoles(citizen)).contains("citizen", "company");
			browser.byId("nav-company");
			String organisation = browser.url();
			String companyId = organisation.substring(organisation.lastIndexOf('/') + 1);

			CompanyApi.verify(companyId);
			browser.open("/company/organisations/" + companyId);
			assertThat(browser.byId("verified").getText()).contains("確認が済んでいます");

			keys.press("company-nav-themes");
			String ranked = browser.byId("ranked-themes").getText();
			assertThat(ranked).contains("1位", "一致したことば");
			assertThat(browser.driver().findElements(By.cssSelector("#ranked-themes mark"))).isNotEmpty();
			assertThat(browser.byId("open-themes").getText()).contains("締切");

			keys.press("propose-ranked-1");
			String title = "電話で予約できる見守り付きの乗合送迎";
			keys.type("title", title)
				.type("summary", "坂の多い地区の高齢者が、電話一本で通院や買い物の乗合送迎を予約できるようにします。")
				.type("approach", "配車システムと見守りの仕組みを組み合わせ、運転手が乗降の様子を家族に知らせます。");
			// The fit panel follows the text as it is written.
			browser.waitUp().until((WebDriver driver) -> !driver.findElements(By.id("fit-list")).isEmpty());
			assertThat(browser.byId("fit-summary").getText()).contains("提案先のテーマ");
			assertThat(browser.byId("fit-list").getText()).contains("一致したことば");

			keys.type("requestedAmount", "99,000,000")
				.type("milestones[0].title", "配車と見守りの準備")
				.type("milestones[0].dueDate", PLAN_DATE)
				.type("milestones[0].amount", "3,000,000")
				.press("save-draft");
			assertThat(browser.byId("requestedAmount-error").getText()).contains("上限を超えています");
			assertThat(value(browser, "title")).isEqualTo(title);
			assertThat(value(browser, "milestones[0].amount")).isEqualTo("3,000,000");
			Axe.check(browser, "company-editor-errors-ja");

			keys.replace("requestedAmount", "3,000,000").press("save-draft");
			assertThat(browser.byId("flash").getText()).contains("下書きを保存しました");
			assertThat(browser.byId("proposal-status").getText()).contains("下書き");
			assertThat(browser.byId("time-left").getText()).contains("あと");
			keys.press("submit-proposal");
			assertThat(browser.byId("flash").getText()).contains("提案を提出しました");
			assertThat(browser.byId("proposal-status").getText()).contains("提出済み");
			String submitted = browser.url();

			// A submitted proposal is not edited any more.
			browser.open(submitted.substring(submitted.indexOf("/company/")) + "/edit");
			assertThat(browser.byId("flash").getText()).contains("提出した提案は編集できません");

			// Another proposal, withdrawn before any decision.
			keys.press("company-nav-themes");
			keys.press("propose-ranked-1");
			keys.type("title", "買い物代行の試行").type("summary", "見守りと合わせて買い物を代行します。").press("save-draft");
			assertThat(browser.byId("proposal-status").getText()).contains("下書き");
			keys.press("withdraw-toggle");
			keys.type("withdraw-reason", "別の提案にまとめるため").press("withdraw-confirm");
			assertThat(browser.byId("flash").getText()).contains("取り下げました");
			assertThat(browser.byId("proposal-status").getText()).contains("取り下げ");
			assertThat(browser.byId("decision-reason").getText()).contains("別の提案にまとめるため");

			keys.press("company-nav-proposals");
			assertThat(browser.byId("my-proposals").getText()).contains(title, "提出済み", "取り下げ");
		}
	}

	@Test
	void withoutJavaScriptAMemberChecksTheFitFixesThePlanSubmitsAndWithdrawsAnother() {
		int before = CompanyApi.proposalIds("akari").size();
		try (Browser browser = Browser.withoutJavaScript()) {
			browser.signIn("akari", Keycloak.DEMO_PASSWORD);
			Keyboard keys = new Keyboard(browser);
			keys.press("nav-company");
			keys.press("company-nav-themes");
			keys.press("propose-ranked-1");
			String title = "AIが電話で答える乗合送迎の予約窓口";
			keys.type("title", title)
				.type("summary", "固定電話に話しかけるだけで、乗合送迎を予約できる音声AIの窓口を作ります。")
				.type("approach", "音声認識と配車の仕組みをつなぎ、予約の確認を自動音声で折り返します。")
				.pressAndAwait("check-fit");
			// Without JavaScript the button checks the fit; nothing is saved.
			assertThat(browser.byId("fit-checked").getText()).contains("まだ保存していません");
			assertThat(browser.byId("fit-list").getText()).contains("一致したことば");
			assertThat(value(browser, "title")).isEqualTo(title);
			assertThat(CompanyApi.proposalIds("akari")).hasSize(before);

			keys.type("requestedAmount", "2000000")
				.type("milestones[0].title", "音声窓口の準備")
				.type("milestones[0].dueDate", LocalDate.now().plusDays(1).toString())
				.type("milestones[0].amount", "1000000")
				.pressAndAwait("save-draft");
			assertThat(browser.byId("milestones[0].dueDate-error").getText()).contains("締切より後");
			assertThat(CompanyApi.proposalIds("akari")).as("nothing written").hasSize(before);
			// The fit panel comes back with the error, and marks no single character.
			assertThat(browser.byId("fit-list").getText()).contains("一致したことば");
			for (WebElement mark : browser.byId("fit-list").findElements(By.tagName("mark"))) {
				assertThat(mark.getText().codePointCount(0, mark.getText().length())).as(mark.getText())
					.isGreaterThan(1);
			}

			keys.replace("milestones[0].dueDate", PLAN_DATE).pressAndAwait("save-draft");
			assertThat(browser.byId("flash").getText()).contains("下書きを保存しました");

			// The plan covers half the request: submitting is refused, next to the plan.
			keys.pressAndAwait("submit-proposal");
			assertThat(browser.byId("milestones-error").getText()).contains("足りません");
			assertThat(browser.byId("fit-list").getText()).contains("一致したことば");
			keys.pressAndAwait("add-milestone")
				.type("milestones[1].title", "運用と報告")
				.type("milestones[1].dueDate", LocalDate.now().plusDays(300).toString())
				.type("milestones[1].amount", "1,000,000");
			keys.pressAndAwait("submit-proposal");
			assertThat(browser.byId("flash").getText()).contains("提案を提出しました");
			assertThat(browser.byId("proposal-status").getText()).contains("提出済み");

			// The demo draft is withdrawn from its page.
			browser.open("/company/proposals/" + CompanyApi.proposalIn("akari", "DRAFT"));
			keys.press("withdraw-toggle").pressAndAwait("withdraw-confirm");
			assertThat(browser.byId("proposal-status").getText()).contains("取り下げ");
		}
	}

	@Test
	void aColleagueJoinsByLinkTakesOverAndHandsBackAndLosesAccessWhenRemoved() {
		String company = CompanyApi.graphQl(Keycloak.userToken("akari"), "{ myCompanies { nodes { id } } }", Map.of())
			.path("myCompanies")
			.path("nodes")
			.get(0)
			.path("id")
			.asString();
		try (CompanyApi.Citizen colleague = CompanyApi.newCitizen("若松", "次郎");
				Browser manager = Browser.withoutJavaScript();
				Browser member = Browser.withoutJavaScript()) {
			manager.signIn("akari", Keycloak.DEMO_PASSWORD);
			manager.open("/company/organisations/" + company + "/members");
			new Keyboard(manager).press("invite");
			String link = manager.byId("invitation-link").getText();
			assertThat(link).startsWith(Platform.WEB + "company/join?code=");

			member.signIn(colleague.username(), CompanyApi.CITIZEN_PASSWORD);
			member.driver().get(link);
			Keyboard keys = new Keyboard(member);
			keys.press("join-submit");
			assertThat(member.byId("flash").getText()).contains("組織に参加しました");
			assertThat(member.byId("company-name").getText()).isEqualTo("株式会社ひびきデータラボ");
			assertThat(CompanyApi.realmRoles(colleague)).contains("company");

			// The manager hands the members over and the colleague hands them back.
			manager.open("/company/organisations/" + company + "/members");
			assertThat(manager.byId("members").getText()).contains("若松", "次郎");
			new Keyboard(manager).press("transfer-1");
			assertThat(manager.byId("flash").getText()).contains("任せました");
			member.open("/company/organisations/" + company + "/members");
			keys.press("transfer-0");
			assertThat(member.byId("flash").getText()).contains("任せました");

			// The colleague starts a proposal; removed meanwhile, their save keeps the
			// input.
			member.open("/company/themes");
			keys.press("propose-ranked-1");
			keys.type("title", "離れる前の下書き").type("summary", "保存できないはずの要約").press("save-draft");
			String draft = member.url();
			member.open(draft.substring(draft.indexOf("/company/")) + "/edit");
			manager.open("/company/organisations/" + company + "/members");
			new Keyboard(manager).press("remove-1");
			assertThat(manager.byId("flash").getText()).contains("外しました");
			assertThat(CompanyApi.realmRoles(colleague)).doesNotContain("company");

			keys.replace("summary", "外されたあとに書いた要約").press("save-draft");
			assertThat(member.byId("error-summary").getText()).contains("メンバーではなくなった");
			assertThat(member.driver().findElement(By.id("summary")).getDomProperty("value")).isEqualTo("外されたあとに書いた要約");
			member.open(draft.substring(draft.indexOf("/company/")));
			assertThat(member.byId("error-text").getText()).contains("見つかりませんでした");
		}
	}

	static String value(Browser browser, String id) {
		return browser.driver().findElement(By.id(id)).getDomProperty("value");
	}

}
