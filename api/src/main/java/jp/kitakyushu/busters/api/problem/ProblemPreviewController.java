package jp.kitakyushu.busters.api.problem;

import java.util.List;

import jp.kitakyushu.busters.api.privacy.PersonalDataRedactor;
import jp.kitakyushu.busters.api.problem.ProblemInputs.GeoPointInput;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * "What will the public see?" before posting: the title and description with personal
 * data masked exactly as on publication, and what the submission would refuse, without
 * storing anything.
 */
@Controller
class ProblemPreviewController {

	private final ProblemIntake intake;

	private final PersonalDataRedactor redactor = PersonalDataRedactor.standard();

	ProblemPreviewController(ProblemIntake intake) {
		this.intake = intake;
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('CITIZEN', 'STAFF')")
	ProblemPreview problemPreview(@Argument ProblemPreviewInput input) {
		List<UserError> errors = List.of();
		try {
			this.intake.checkContent(input.title(), input.body(), input.category(), input.location()).orThrow();
		}
		catch (UserErrorException ex) {
			errors = ex.errors();
		}
		return new ProblemPreview(this.redactor.redact(input.title()), this.redactor.redact(input.body()), errors);
	}

	/**
	 * A problem being written.
	 *
	 * @param title its title
	 * @param body its description
	 * @param category its category code
	 * @param location its point, if any
	 */
	record ProblemPreviewInput(String title, String body, String category, @Nullable GeoPointInput location) {
	}

	/**
	 * What the public would read, and what to fix first.
	 *
	 * @param title the title as the public would read it
	 * @param body the description as the public would read it
	 * @param userErrors what the submission would refuse
	 */
	record ProblemPreview(String title, String body, List<UserError> userErrors) {
	}

}
