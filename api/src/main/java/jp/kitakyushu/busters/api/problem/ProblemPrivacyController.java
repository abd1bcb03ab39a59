package jp.kitakyushu.busters.api.problem;

import java.util.List;

import jp.kitakyushu.busters.api.problem.ProblemController.ProblemPayload;
import jp.kitakyushu.busters.api.system.graphql.Mutations;
import jp.kitakyushu.busters.api.system.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * What staff see and decide of a problem's personal data: the public text beside the
 * original, the findings (kind, span, confidence, never the value), whether flagged ones
 * still hold it back from publishing, and {@code problemRedact}.
 */
@Controller
class ProblemPrivacyController {

	private final ProblemRedaction redaction;

	ProblemPrivacyController(ProblemRedaction redaction) {
		this.redaction = redaction;
	}

	@MutationMapping
	ProblemPayload problemRedact(@Argument ProblemRedactInput input) {
		return Mutations.run(() -> this.redaction.redact(input), ProblemPayload::new);
	}

	@SchemaMapping(typeName = "Problem")
	String publicTitle(Problem problem) {
		return problem.getPublicTitle();
	}

	@SchemaMapping(typeName = "Problem")
	String publicBody(Problem problem) {
		return problem.getPublicBody();
	}

	@SchemaMapping(typeName = "Problem")
	@Nullable List<TextFinding> findings(Problem problem) {
		return staff() ? problem.getFindings() : null;
	}

	@SchemaMapping(typeName = "Problem")
	@Nullable Boolean awaitsPrivacyReview(Problem problem) {
		return staff() ? problem.awaitsPrivacyReview() : null;
	}

	private static boolean staff() {
		return ProblemAccess.isStaff(Viewer.current());
	}

}
