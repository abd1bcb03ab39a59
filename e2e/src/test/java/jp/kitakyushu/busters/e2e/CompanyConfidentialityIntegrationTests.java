package jp.kitakyushu.busters.e2e;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A proposal's approach is its company's trade secret. Signed in as the second demo
 * company's member, every page of every proposal of the first company (its drafts, its
 * submitted and its selected ones) answers with the same "not found" page as an id that
 * does not exist; a selected proposal's public page shows its title and summary and
 * nothing else.
 */
@Order(13)
@ExtendWith(PlatformExtension.class)
class CompanyConfidentialityIntegrationTests {

	/** A well-formed global id no proposal has. */
	static final String NO_SUCH_PROPOSAL = Base64.getUrlEncoder()
		.withoutPadding()
		.encodeToString("Proposal:000000000000000000000000".getBytes(StandardCharsets.UTF_8));

	@Test
	void theOtherCompanysProposalsAreNotFoundLikeProposalsThatDoNotExist() {
		List<String> theirs = CompanyApi.proposalIds("akari");
		assertThat(theirs).hasSizeGreaterThanOrEqualTo(5);
		try (Browser browser = Browser.japanese()) {
			browser.signIn("kenji", Keycloak.DEMO_PASSWORD);
			browser.open("/company/proposals/" + NO_SUCH_PROPOSAL);
			String notFound = browser.text();
			assertThat(browser.byId("error-text").getText()).contains("見つかりませんでした");
			String notFoundTitle = browser.driver().getTitle();

			List<String> leaks = new ArrayList<>();
			String token = Keycloak.userToken("akari");
			for (String id : theirs) {
				String approach = approach(token, id);
				for (String path : List.of("/company/proposals/" + id, "/company/proposals/" + id + "/edit")) {
					browser.open(path);
					if (!browser.text().equals(notFound) || !browser.driver().getTitle().equals(notFoundTitle)) {
						leaks.add(path + " shows: " + browser.text());
					}
					if (!approach.isEmpty() && browser.source().contains(approach)) {
						leaks.add(path + " contains the approach");
					}
				}
			}
			assertThat(leaks).isEmpty();
		}
	}

	@Test
	void aSelectedProposalsPublicPageShowsItsTitleAndSummaryOnly() {
		String selected = CompanyApi.proposalIn("akari", "IN_PROGRESS");
		Map<String, Object> variables = Map.of("id", selected);
		JsonNode proposal = CompanyApi.graphQl(Keycloak.userToken("akari"),
				"query($id: ID!) { node(id: $id) { ... on Proposal { title summary approach requestedAmount company { name } milestones { title } } } }",
				variables)
			.path("node");
		for (Browser browser : List.of(Browser.japanese(), Browser.withoutJavaScript())) {
			try (browser) {
				browser.signIn("kenji", Keycloak.DEMO_PASSWORD);
				browser.open("/proposals/" + selected);
				assertThat(browser.byId("proposal-title").getText()).isEqualTo(proposal.path("title").asString());
				assertThat(browser.byId("proposal-summary").getText()).isEqualTo(proposal.path("summary").asString());
				String page = browser.source();
				assertThat(page).doesNotContain(proposal.path("approach").asString())
					.doesNotContain(proposal.path("company").path("name").asString())
					.doesNotContain(proposal.path("milestones").get(0).path("title").asString());
				// The company's own page stays closed to the other company.
				browser.open("/company/proposals/" + selected);
				assertThat(browser.byId("error-text").getText()).contains("見つかりませんでした");
			}
		}
		try (Browser anonymous = Browser.japanese()) {
			anonymous.open("/proposals/" + selected);
			assertThat(anonymous.byId("proposal-summary").getText()).isEqualTo(proposal.path("summary").asString());
			assertThat(anonymous.source()).doesNotContain(proposal.path("approach").asString());
			Axe.check(anonymous, "proposal-public-ja");
		}
	}

	private static String approach(String token, String id) {
		return CompanyApi
			.graphQl(token, "query($id: ID!) { node(id: $id) { ... on Proposal { approach } } }", Map.of("id", id))
			.path("node")
			.path("approach")
			.asString("");
	}

}
