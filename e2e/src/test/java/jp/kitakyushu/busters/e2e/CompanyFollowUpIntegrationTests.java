package jp.kitakyushu.busters.e2e;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a company sees of its money on the web, with JavaScript off and the keyboard
 * alone: the city pays a milestone of its demonstration (through the api), the payment
 * arrives as an unread notification naming the amount and the milestone, opening it marks
 * it read and leads to the proposal, whose funding shows the new totals and the payment
 * against its milestone. axe checks both pages with the payment on them.
 */
@Order(16)
@ExtendWith(PlatformExtension.class)
class CompanyFollowUpIntegrationTests {

	private static final String FUNDING = """
			query($id: ID!) { node(id: $id) { ... on Proposal { title
			  funding { allocated disbursed remaining milestones { milestone planned paid } } } } }""";

	@Test
	void aPaymentReachesTheCompanyAsANotificationAndOnItsProposalsFunding() {
		String proposal = CompanyApi.proposalIn("akari", "IN_PROGRESS");
		GraphQl akari = GraphQl.as("akari");
		JsonNode before = akari.data(FUNDING, Map.of("id", proposal)).path("node");
		JsonNode funding = before.path("funding");
		long remaining = funding.path("remaining").asLong();
		long amount = ThreadLocalRandom.current().nextLong(1_001, 9_999);
		assertThat(remaining).as("the demo demonstration has money left to pay").isGreaterThanOrEqualTo(amount);
		String milestone = null;
		for (JsonNode row : funding.path("milestones")) {
			if (row.path("planned").asLong() - row.path("paid").asLong() >= amount) {
				milestone = row.path("milestone").asString();
				break;
			}
		}
		assertThat(milestone).as("a milestone not yet paid in full: %s", funding).isNotNull();
		JsonNode paid = GraphQl.as("staff")
			.data("mutation($input: FundDisburseInput!) { fundDisburse(input: $input) { entry { id } userErrors { code message } } }",
					Map.of("input", Map.of("proposalId", proposal, "amount", amount, "milestone", milestone)));
		assertThat(paid.path("fundDisburse").path("userErrors").isEmpty()).as(paid.toString()).isTrue();
		String yen = yen(amount);

		try (Browser browser = Browser.withoutJavaScript()) {
			browser.signIn("akari", Keycloak.DEMO_PASSWORD);
			Keyboard keys = new Keyboard(browser);
			keys.press("nav-company");
			keys.press("company-nav-notifications");
			WebElement payment = notice(browser, yen);
			assertThat(payment.getText()).contains("基金から支払いがありました", "未読", milestone, before.path("title").asString());
			browser.screenshot("company-notifications-payment");
			WebElement open = payment.findElement(By.cssSelector("button"));
			keys.press(open.getDomAttribute("id"));
			// Enter on a form's button may return before the form's answer arrives (seen
			// once in a full run): read the URL of the page that answered, not of the one
			// that sent it.
			browser.waitUntilReplaced(open);

			// Opening it leads to the proposal, whose funding shows the payment.
			assertThat(browser.url()).contains("/company/proposals/" + proposal);
			assertThat(browser.byId("funding-disbursed").getText())
				.isEqualTo(yen(funding.path("disbursed").asLong() + amount));
			String row = browser.byId("payments")
				.findElement(By.xpath(".//tr[th[normalize-space()='" + milestone + "']]"))
				.getText();
			long paidBefore = 0;
			for (JsonNode line : funding.path("milestones")) {
				if (milestone.equals(line.path("milestone").asString())) {
					paidBefore = line.path("paid").asLong();
				}
			}
			assertThat(row).contains(yen(paidBefore + amount));
			browser.screenshot("company-proposal-funding");

			browser.open("/company/notifications");
			assertThat(notice(browser, yen).getText()).contains("既読").doesNotContain("未読");
		}
		// axe needs JavaScript: both pages again, in a browser that runs it.
		try (Browser browser = Browser.japanese()) {
			browser.signIn("akari", Keycloak.DEMO_PASSWORD);
			browser.open("/company/notifications");
			notice(browser, yen);
			Axe.check(browser, "company-notifications-payment");
			browser.open("/company/proposals/" + proposal);
			browser.byId("payments");
			Axe.check(browser, "company-proposal-funding");
		}
	}

	/** The notification that names this payment's amount. */
	private static WebElement notice(Browser browser, String yen) {
		for (WebElement item : browser.byId("notifications").findElements(By.xpath("./li"))) {
			if ("PAYMENT_MADE".equals(item.getDomAttribute("data-kind")) && item.getText().contains(yen)) {
				return item;
			}
		}
		throw new AssertionError("no payment of " + yen + " among the notifications: " + browser.text());
	}

	private static String yen(long amount) {
		return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount) + "円";
	}

}
