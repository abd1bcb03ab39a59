package jp.kitakyushu.busters.api.problem;

import jp.kitakyushu.busters.api.system.graphql.OrderDirection;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of the problem mutations, as the schema declares them.
 */
final class ProblemInputs {

	private ProblemInputs() {
	}

	record GeoPointInput(double lat, double lon) {
	}

	record ProblemSubmitInput(String title, String body, String category, Ward ward, @Nullable GeoPointInput location,
			@Nullable String idempotencyKey) {
	}

	record ContactInput(@Nullable String name, @Nullable String phone, @Nullable String email, @Nullable String address,
			@Nullable String note) {
	}

	record ProblemSubmitOnBehalfInput(String title, String body, String category, Ward ward,
			@Nullable GeoPointInput location, IntakeMethod intakeMethod, ContactInput contact,
			@Nullable String idempotencyKey) {
	}

	record ProblemPublishInput(String problemId) {
	}

	record ProblemRejectInput(String problemId, String reason) {
	}

	record ProblemMergeInput(String problemId, String intoProblemId) {
	}

	record ProblemSupportInput(String problemId) {
	}

	record ProblemFilter(@Nullable String category, @Nullable Ward ward, @Nullable ProblemStatus status,
			@Nullable String text, @Nullable Boolean awaitingPrivacyReview) {
	}

	enum ProblemOrderField {

		CREATED_AT, SUPPORTER_COUNT

	}

	record ProblemOrder(ProblemOrderField field, OrderDirection direction) {
	}

}
