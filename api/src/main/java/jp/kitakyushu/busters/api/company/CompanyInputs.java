package jp.kitakyushu.busters.api.company;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The inputs of the company mutations, as the schema declares them.
 */
final class CompanyInputs {

	private CompanyInputs() {
	}

	record CompanyRegisterInput(String name, String corporateNumber, String description, @Nullable String capabilities,
			@Nullable List<String> tags, @Nullable String idempotencyKey) {
	}

	record CompanyUpdateInput(String companyId, @Nullable String name, @Nullable String description,
			@Nullable String capabilities, @Nullable List<String> tags) {
	}

	/** Names one company: verify, reinstate and invite take only this. */
	record CompanyIdInput(String companyId) {
	}

	record CompanySuspendInput(String companyId, String reason) {
	}

	record CompanyJoinInput(String code) {
	}

	record CompanyRemoveMemberInput(String companyId, String subject) {
	}

	record CompanyFilter(@Nullable CompanyStatus status, @Nullable String tag, @Nullable String text) {
	}

	record CompanyTransferManagementInput(String companyId, String subject) {
	}

}
