package jp.kitakyushu.busters.api.company;

import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static jp.kitakyushu.busters.api.company.CompanyFixtures.corporateNumber;
import static jp.kitakyushu.busters.api.company.CompanyFixtures.registration;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Companies from registration to verification, suspension and membership, through the
 * GraphQL API over HTTP, with each caller seeing only what they may.
 */
class CompanyIntegrationTests extends ApiIntegrationTest {

	static final String BASE_A = "000012050002";

	static final String BASE_B = "180301018771";

	String register() {
		return CompanyFixtures.register(companyA(), "北九見守り株式会社", BASE_A);
	}

	static String errorCode(Response response, String mutation) {
		return response.data(mutation, "userErrors").get(0).path("code").asString();
	}

	static String errorField(Response response, String mutation) {
		return response.data(mutation, "userErrors").get(0).path("field").get(1).asString();
	}

	String statusSeenByStaff(String id) {
		return staff().op("company", "Node", Map.of("id", id)).data("node", "status").asString();
	}

	@Test
	void aRegisteredCompanyIsPendingAndSeenOnlyByItsMembersAndStaffUntilVerified() {
		Response registered = companyA().op("company", "Register",
				Map.of("input", registration("北九見守り株式会社", BASE_A, "corporateNumber", "７-0000-1205-0002")));
		JsonNode company = registered.data("companyRegister", "company");
		assertThat(company.path("status").asString()).isEqualTo("PENDING");
		assertThat(company.path("corporateNumber").asString()).isEqualTo("7000012050002");
		assertThat(company.path("viewerManagesMembers").asBoolean()).isTrue();
		assertThat(company.path("members").path("nodes").get(0).path("subject").asString())
			.isEqualTo("company-a-member");
		assertThat(company.path("members").path("nodes").get(0).path("manager").asBoolean()).isTrue();
		String id = company.path("id").asString();

		assertThat(anonymous().op("company", "Node", Map.of("id", id)).data("node").isNull()).isTrue();
		assertThat(companyB().op("company", "Node", Map.of("id", id)).data("node").isNull()).isTrue();
		assertThat(citizen().op("company", "Node", Map.of("id", id)).data("node").isNull()).isTrue();
		assertThat(statusSeenByStaff(id)).isEqualTo("PENDING");
		assertThat(anonymous().op("company", "List", Map.of()).data("companies", "totalCount").asInt()).isZero();
		assertThat(staff().op("company", "List", Map.of()).data("companies", "totalCount").asInt()).isOne();
		assertThat(companyA().op("company", "Mine", Map.of()).data("myCompanies", "totalCount").asInt()).isOne();
		assertThat(companyB().op("company", "Mine", Map.of()).data("myCompanies", "totalCount").asInt()).isZero();

		staff().op("company", "Verify", Map.of("id", id));
		JsonNode publicView = anonymous().op("company", "Node", Map.of("id", id)).data("node");
		assertThat(publicView.path("name").asString()).isEqualTo("北九見守り株式会社");
		assertThat(publicView.path("capabilities").asString()).contains("見守り");
		assertThat(publicView.path("members").isNull()).isTrue();
		assertThat(publicView.path("viewerIsMember").asBoolean()).isFalse();
		assertThat(companyB().op("company", "Node", Map.of("id", id)).data("node", "members").isNull()).isTrue();
		assertThat(anonymous().op("company", "List", Map.of()).data("companies", "totalCount").asInt()).isOne();
		assertThat(anonymous().op("company", "List", Map.of("filter", Map.of("tag", "IoT")))
			.data("companies", "totalCount")
			.asInt()).isOne();
		assertThat(anonymous().op("company", "List", Map.of("filter", Map.of("text", "ごみ出し")))
			.data("companies", "totalCount")
			.asInt()).isOne();
		assertThat(anonymous().op("company", "List", Map.of("filter", Map.of("status", "PENDING")))
			.data("companies", "totalCount")
			.asInt()).isZero();
	}

	@Test
	void aWrongCorporateNumberGetsASpecificErrorAndNothingIsStored() {
		Response wrongDigit = companyA().op("company", "Register",
				Map.of("input", registration("A社", BASE_A, "corporateNumber", "8000012050002")));
		assertThat(errorField(wrongDigit, "companyRegister")).isEqualTo("corporateNumber");
		assertThat(errorCode(wrongDigit, "companyRegister")).isEqualTo("INVALID");
		assertThat(wrongDigit.data("companyRegister", "userErrors").get(0).path("message").asString())
			.contains("check digit");

		Response tooShort = companyA().op("company", "Register",
				Map.of("input", registration("A社", BASE_A, "corporateNumber", "700001205000")));
		assertThat(tooShort.data("companyRegister", "userErrors").get(0).path("message").asString())
			.contains("13 digits");

		Response blanks = companyA().op("company", "Register",
				Map.of("input", registration(" ", BASE_A, "description", "", "tags", List.of("x".repeat(41)))));
		assertThat(blanks.data("companyRegister", "userErrors")
			.valueStream()
			.map((error) -> error.path("field").get(1).asString() + ":" + error.path("code").asString())
			.toList()).containsExactlyInAnyOrder("name:REQUIRED", "description:REQUIRED", "tags:TOO_LONG");
		assertThat(this.mongo.getCollection("companies").countDocuments()).isZero();
		assertThat(this.mongo.getCollection("audit_entries").countDocuments()).isZero();
	}

	@Test
	void aCorporateNumberIsRegisteredOnlyOnce() {
		register();
		Response again = companyB().op("company", "Register", Map.of("input", registration("別の会社", BASE_A)));
		assertThat(errorField(again, "companyRegister")).isEqualTo("corporateNumber");
		assertThat(errorCode(again, "companyRegister")).isEqualTo("DUPLICATE");
		assertThat(this.mongo.getCollection("companies").countDocuments()).isOne();
	}

	@Test
	void aRetriedRegistrationWithTheSameIdempotencyKeyReturnsTheFirstCompany() {
		Map<String, Object> input = registration("A社", BASE_A, "idempotencyKey", "reg-1");
		String first = companyA().op("company", "Register", Map.of("input", input))
			.data("companyRegister", "company", "id")
			.asString();
		String again = companyA().op("company", "Register", Map.of("input", input))
			.data("companyRegister", "company", "id")
			.asString();
		assertThat(again).isEqualTo(first);
		assertThat(this.mongo.getCollection("companies").countDocuments()).isOne();
	}

	@Test
	void verificationAndSuspensionFollowTheLifeCycle() {
		String id = register();
		// PENDING → SUSPENDED → VERIFIED (reinstated) → SUSPENDED → VERIFIED
		Response reinstatePending = staff().op("company", "Reinstate", Map.of("id", id));
		assertThat(errorCode(reinstatePending, "companyReinstate")).isEqualTo("WRONG_STATE");
		assertThat(statusSeenByStaff(id)).isEqualTo("PENDING");

		Response verified = staff().op("company", "Verify", Map.of("id", id));
		assertThat(verified.data("companyVerify", "company", "status").asString()).isEqualTo("VERIFIED");
		assertThat(verified.data("companyVerify", "company", "verifiedAt").asString()).isNotBlank();
		Response verifyTwice = staff().op("company", "Verify", Map.of("id", id));
		assertThat(errorCode(verifyTwice, "companyVerify")).isEqualTo("WRONG_STATE");

		Response noReason = staff().op("company", "Suspend", Map.of("id", id, "reason", " "));
		assertThat(errorCode(noReason, "companySuspend")).isEqualTo("REQUIRED");
		assertThat(statusSeenByStaff(id)).isEqualTo("VERIFIED");

		Response suspended = staff().op("company", "Suspend", Map.of("id", id, "reason", "登記情報と不一致"));
		assertThat(suspended.data("companySuspend", "company", "status").asString()).isEqualTo("SUSPENDED");
		assertThat(companyA().op("company", "Node", Map.of("id", id)).data("node", "suspensionReason").asString())
			.isEqualTo("登記情報と不一致");
		assertThat(anonymous().op("company", "Node", Map.of("id", id)).data("node").isNull()).isTrue();
		Response suspendTwice = staff().op("company", "Suspend", Map.of("id", id, "reason", "again"));
		assertThat(errorCode(suspendTwice, "companySuspend")).isEqualTo("WRONG_STATE");
		Response verifySuspended = staff().op("company", "Verify", Map.of("id", id));
		assertThat(errorCode(verifySuspended, "companyVerify")).isEqualTo("WRONG_STATE");
		assertThat(statusSeenByStaff(id)).isEqualTo("SUSPENDED");

		Response reinstated = staff().op("company", "Reinstate", Map.of("id", id));
		assertThat(reinstated.data("companyReinstate", "company", "status").asString()).isEqualTo("VERIFIED");
		assertThat(reinstated.data("companyReinstate", "company", "suspensionReason").isNull()).isTrue();
		Response reinstateTwice = staff().op("company", "Reinstate", Map.of("id", id));
		assertThat(errorCode(reinstateTwice, "companyReinstate")).isEqualTo("WRONG_STATE");

		String pending = CompanyFixtures.register(companyB(), "B社", BASE_B);
		Response suspendPending = staff().op("company", "Suspend", Map.of("id", pending, "reason", "重複登録"));
		assertThat(suspendPending.data("companySuspend", "company", "status").asString()).isEqualTo("SUSPENDED");

		List<String> actions = this.mongo.getCollection("audit_entries")
			.find(new Document("entityType", "Company"))
			.map((entry) -> entry.getString("action"))
			.into(new java.util.ArrayList<>());
		assertThat(actions).containsExactlyInAnyOrder("company.register", "company.verify", "company.suspend",
				"company.reinstate", "company.register", "company.suspend");
	}

	@Test
	void onlyStaffVerifySuspendAndReinstateAndOnlyCitizensAndCompanyUsersRegister() {
		String id = register();
		assertThat(companyA().op("company", "Verify", Map.of("id", id)).firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(citizen().op("company", "Suspend", Map.of("id", id, "reason", "x")).firstErrorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(reporter().op("company", "Reinstate", Map.of("id", id)).firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(anonymous().op("company", "Verify", Map.of("id", id)).firstErrorCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(reporter().op("company", "Register", Map.of("input", registration("C社", BASE_B))).firstErrorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(staff().op("company", "Register", Map.of("input", registration("C社", BASE_B))).firstErrorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(anonymous().op("company", "Mine", Map.of()).firstErrorCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(statusSeenByStaff(id)).isEqualTo("PENDING");
	}

	@Test
	void theManagingMemberHandsManagementToAColleagueWhoCanThenLetTheFirstGo() {
		String id = register();
		String code = companyA().op("company", "Invite", Map.of("id", id))
			.data("companyInviteMember", "invitation", "code")
			.asString();
		Caller colleague = as("company-a-colleague", "company");
		colleague.op("company", "Join", Map.of("code", code));

		Response notManager = colleague.op("company", "TransferManagement",
				Map.of("id", id, "subject", "company-a-colleague"));
		assertThat(errorCode(notManager, "companyTransferManagement")).isEqualTo("NOT_ALLOWED");
		Response stranger = companyA().op("company", "TransferManagement", Map.of("id", id, "subject", "someone-else"));
		assertThat(errorCode(stranger, "companyTransferManagement")).isEqualTo("NOT_FOUND");

		Response handed = companyA().op("company", "TransferManagement",
				Map.of("id", id, "subject", "company-a-colleague"));
		assertThat(handed.data("companyTransferManagement", "company", "viewerManagesMembers").asBoolean()).isFalse();
		// The new manager may now remove the founder, who could not be removed before.
		Response removed = colleague.op("company", "RemoveMember", Map.of("id", id, "subject", "company-a-member"));
		assertThat(removed.data("companyRemoveMember", "userErrors").isEmpty()).as(removed.raw()).isTrue();
	}

	@Test
	void theFirstMemberInvitesAColleagueWithAOneTimeCode() {
		String id = register();
		Response invited = companyA().op("company", "Invite", Map.of("id", id));
		String code = invited.data("companyInviteMember", "invitation", "code").asString();
		assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
		// Only a hash is stored, and the trail never holds the code.
		assertThat(this.mongo.getCollection("company_invitations").find().first().toJson()).doesNotContain(code);
		assertThat(this.mongo.getCollection("audit_entries")
			.find()
			.map(Document::toJson)
			.into(new java.util.ArrayList<>())).noneMatch((entry) -> entry.contains(code));

		Response joined = companyB().op("company", "Join", Map.of("code", code.toLowerCase()));
		JsonNode company = joined.data("companyJoin", "company");
		assertThat(company.path("viewerIsMember").asBoolean()).isTrue();
		assertThat(company.path("viewerManagesMembers").asBoolean()).isFalse();
		assertThat(company.path("members").path("totalCount").asInt()).isEqualTo(2);
		assertThat(companyB().op("company", "Mine", Map.of()).data("myCompanies", "totalCount").asInt()).isOne();

		Response reused = as("company-c-member", "company").op("company", "Join", Map.of("code", code));
		assertThat(errorField(reused, "companyJoin")).isEqualTo("code");
		assertThat(errorCode(reused, "companyJoin")).isEqualTo("NOT_FOUND");
		Response unknown = as("company-c-member", "company").op("company", "Join", Map.of("code", "AAAA-BBBB"));
		assertThat(errorCode(unknown, "companyJoin")).isEqualTo("NOT_FOUND");

		Response inviteByMember = companyB().op("company", "Invite", Map.of("id", id));
		assertThat(errorCode(inviteByMember, "companyInviteMember")).isEqualTo("NOT_ALLOWED");
		String second = companyA().op("company", "Invite", Map.of("id", id))
			.data("companyInviteMember", "invitation", "code")
			.asString();
		Response joinTwice = companyB().op("company", "Join", Map.of("code", second));
		assertThat(errorCode(joinTwice, "companyJoin")).isEqualTo("DUPLICATE");
		Response staffJoins = staff().op("company", "Join", Map.of("code", second));
		assertThat(staffJoins.firstErrorCode()).isEqualTo("FORBIDDEN");

		Response removeManager = companyB().op("company", "RemoveMember",
				Map.of("id", id, "subject", "company-a-member"));
		assertThat(errorCode(removeManager, "companyRemoveMember")).isEqualTo("NOT_ALLOWED");
		Response removed = companyA().op("company", "RemoveMember", Map.of("id", id, "subject", "company-b-member"));
		assertThat(removed.data("companyRemoveMember", "company", "members", "totalCount").asInt()).isOne();
		assertThat(companyB().op("company", "Node", Map.of("id", id)).data("node").isNull()).isTrue();
		Response removeAgain = companyA().op("company", "RemoveMember",
				Map.of("id", id, "subject", "company-b-member"));
		assertThat(errorCode(removeAgain, "companyRemoveMember")).isEqualTo("NOT_FOUND");
		Response managerLeaves = companyA().op("company", "RemoveMember",
				Map.of("id", id, "subject", "company-a-member"));
		assertThat(errorCode(managerLeaves, "companyRemoveMember")).isEqualTo("NOT_ALLOWED");
	}

	@Test
	void aMemberLeavesAndASuspendedCompanyTakesNoNewMembers() {
		String id = register();
		String code = companyA().op("company", "Invite", Map.of("id", id))
			.data("companyInviteMember", "invitation", "code")
			.asString();
		companyB().op("company", "Join", Map.of("code", code));
		Response left = companyB().op("company", "RemoveMember", Map.of("id", id, "subject", "company-b-member"));
		assertThat(left.data("companyRemoveMember", "userErrors").isEmpty()).as(left.raw()).isTrue();
		assertThat(companyB().op("company", "Mine", Map.of()).data("myCompanies", "totalCount").asInt()).isZero();

		String unused = companyA().op("company", "Invite", Map.of("id", id))
			.data("companyInviteMember", "invitation", "code")
			.asString();
		staff().op("company", "Suspend", Map.of("id", id, "reason", "調査中"));
		Response invite = companyA().op("company", "Invite", Map.of("id", id));
		assertThat(errorCode(invite, "companyInviteMember")).isEqualTo("WRONG_STATE");
		Response join = companyB().op("company", "Join", Map.of("code", unused));
		assertThat(errorCode(join, "companyJoin")).isEqualTo("WRONG_STATE");
	}

	@Test
	void membersUpdateTheProfileButNotAVerifiedName() {
		String id = register();
		Response renamed = companyA().op("company", "Update",
				Map.of("input", Map.of("companyId", id, "name", "北九見守り合同会社")));
		assertThat(renamed.data("companyUpdate", "company", "name").asString()).isEqualTo("北九見守り合同会社");
		assertThat(companyB().op("company", "Update", Map.of("input", Map.of("companyId", id, "description", "x")))
			.data("companyUpdate", "userErrors")
			.get(0)
			.path("code")
			.asString()).isEqualTo("NOT_FOUND");

		staff().op("company", "Verify", Map.of("id", id));
		Response updated = companyA().op("company", "Update",
				Map.of("input", Map.of("companyId", id, "tags", List.of(" ＡＩ ", "見守り", "見守り"))));
		assertThat(updated.data("companyUpdate", "company", "tags").valueStream().map(JsonNode::asString).toList())
			.containsExactly("AI", "見守り");
		Response renameVerified = companyA().op("company", "Update",
				Map.of("input", Map.of("companyId", id, "name", "別名")));
		assertThat(errorCode(renameVerified, "companyUpdate")).isEqualTo("WRONG_STATE");
		Response outsider = companyB().op("company", "Update",
				Map.of("input", Map.of("companyId", id, "description", "x")));
		assertThat(errorCode(outsider, "companyUpdate")).isEqualTo("NOT_ALLOWED");
		assertThat(anonymous().op("company", "Node", Map.of("id", id)).data("node", "description").asString())
			.isEqualTo("北九州市の見守りサービス事業者です。");
		assertThat(corporateNumber(BASE_A)).isEqualTo("7000012050002");
	}

}
