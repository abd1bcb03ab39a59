package jp.kitakyushu.busters.api.companyrole;

import java.util.Map;

import jp.kitakyushu.busters.api.company.CompanyFixtures;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm role {@code company} follows membership: a citizen who registers or joins a
 * company receives it, whoever leaves their last company loses it, and a change Keycloak
 * cannot take while it is down is kept and made once it is back. Keycloak's admin API is
 * played by {@link KeycloakAdminStandIn}.
 */
class CompanyRoleIntegrationTests extends ApiIntegrationTest {

	static final KeycloakAdminStandIn keycloak = new KeycloakAdminStandIn();

	@Autowired
	CompanyRoleSync sync;

	@DynamicPropertySource
	static void adminApi(DynamicPropertyRegistry registry) {
		registry.add("busters.company-role.keycloak-url", keycloak::url);
		registry.add("busters.company-role.client-secret", () -> KeycloakAdminStandIn.CLIENT_SECRET);
		// The test retries by hand.
		registry.add("busters.company-role.retry-interval", () -> "1h");
	}

	@AfterAll
	static void stop() {
		keycloak.close();
	}

	@BeforeEach
	void users() {
		keycloak.setReachable(true);
		keycloak.addUser("citizen-a", "citizen");
		keycloak.addUser("citizen-b", "citizen");
		keycloak.addUser("company-a-member", "company");
	}

	@Test
	void registeringGivesACitizenTheCompanyRoleAndLeavingTheLastCompanyTakesItAway() {
		String id = CompanyFixtures.register(citizen(), "北九見守り株式会社", "000012050002");
		assertThat(keycloak.roles("citizen-a")).containsExactlyInAnyOrder("citizen", "company");

		// With the role in a new token, the founder invites a colleague, who joins as a
		// citizen and receives the role too.
		Caller founder = as("citizen-a", "citizen", "company");
		String code = founder.op("company", "Invite", Map.of("id", id))
			.data("companyInviteMember", "invitation", "code")
			.asString();
		Response joined = citizenB().op("company", "Join", Map.of("code", code));
		assertThat(joined.data("companyJoin", "userErrors").isEmpty()).as(joined.raw()).isTrue();
		assertThat(keycloak.roles("citizen-b")).containsExactlyInAnyOrder("citizen", "company");

		// The colleague also belongs to a second company: leaving the first keeps the
		// role.
		String second = CompanyFixtures.register(as("citizen-b", "citizen", "company"), "若松データ株式会社", "180301018771");
		Caller colleague = as("citizen-b", "citizen", "company");
		Response left = colleague.op("company", "RemoveMember", Map.of("id", id, "subject", "citizen-b"));
		assertThat(left.data("companyRemoveMember", "userErrors").isEmpty()).as(left.raw()).isTrue();
		assertThat(keycloak.roles("citizen-b")).contains("company");

		assertThat(second).isNotBlank();
	}

	@Test
	void aMemberRemovedFromTheirOnlyCompanyLosesTheRole() {
		String id = CompanyFixtures.register(citizen(), "北九見守り株式会社", "000012050002");
		Caller founder = as("citizen-a", "citizen", "company");
		String code = founder.op("company", "Invite", Map.of("id", id))
			.data("companyInviteMember", "invitation", "code")
			.asString();
		citizenB().op("company", "Join", Map.of("code", code));
		assertThat(keycloak.roles("citizen-b")).contains("company");

		Response removed = founder.op("company", "RemoveMember", Map.of("id", id, "subject", "citizen-b"));
		assertThat(removed.data("companyRemoveMember", "userErrors").isEmpty()).as(removed.raw()).isTrue();
		assertThat(keycloak.roles("citizen-b")).containsExactly("citizen");
		assertThat(keycloak.roles("citizen-a")).contains("company");
	}

	@Test
	void aChangeKeycloakCannotTakeIsKeptAndMadeWhenItIsBack() {
		keycloak.setReachable(false);
		String id = CompanyFixtures.register(citizen(), "北九見守り株式会社", "000012050002");
		assertThat(id).isNotBlank();
		assertThat(keycloak.roles("citizen-a")).containsExactly("citizen");
		PendingRoleChange pending = this.mongo.findById("citizen-a", PendingRoleChange.class);
		assertThat(pending).isNotNull();
		assertThat(pending.attempts()).isOne();
		assertThat(pending.lastError()).isNotBlank();

		// Not due yet: nothing is tried.
		keycloak.setReachable(true);
		this.sync.retryPending();
		assertThat(keycloak.roles("citizen-a")).containsExactly("citizen");

		// Due: the role is granted and the change forgotten.
		this.mongo.save(new PendingRoleChange("citizen-a", pending.since(), pending.attempts(), pending.since(),
				pending.lastError()));
		this.sync.retryPending();
		assertThat(keycloak.roles("citizen-a")).containsExactlyInAnyOrder("citizen", "company");
		assertThat(this.mongo.findById("citizen-a", PendingRoleChange.class)).isNull();
	}

}
