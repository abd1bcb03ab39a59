package jp.kitakyushu.busters.api.problem;

import org.jspecify.annotations.Nullable;

/**
 * Published when a problem's status moved on (submitted, published, rejected, merged,
 * adopted, resolved), once per change, so other features (e-mail to the submitter) can
 * follow without reading problems' internals.
 *
 * @param problemId the store id of the problem
 * @param submitter the submitting citizen's Keycloak subject, or null for proxy intake of
 * someone without an account
 * @param publicTitle the title as the public reads it (personal data masked)
 * @param from the status before, or null when not recorded (a new problem, or one
 * imported before timelines were kept)
 * @param to the status now
 */
public record ProblemStatusChanged(String problemId, @Nullable String submitter, String publicTitle,
		@Nullable ProblemStatus from, ProblemStatus to) {
}
