package jp.kitakyushu.busters.api.problem;

import java.util.Optional;

import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;

/**
 * Who may read a problem, and who may read its original text and contact details.
 */
final class ProblemAccess {

	private ProblemAccess() {
	}

	/** Public problems for everyone; the submitter's own in any state; all for staff. */
	static boolean canRead(Problem problem, Optional<Viewer> viewer) {
		return problem.getStatus().isPublic() || canSeePrivate(problem, viewer);
	}

	/** The original text and the contact details: the submitter and staff only. */
	static boolean canSeePrivate(Problem problem, Optional<Viewer> viewer) {
		return viewer.map((v) -> v.has(Role.STAFF) || problem.isSubmittedBy(v.subject())).orElse(false);
	}

}
