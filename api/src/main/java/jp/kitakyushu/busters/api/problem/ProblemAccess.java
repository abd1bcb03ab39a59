package jp.kitakyushu.busters.api.problem;

import java.util.Optional;
import java.util.Set;

import jp.kitakyushu.busters.api.system.security.Readers;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;

/**
 * The one rule of who may read a problem, and of who reads its original text and contact
 * details. Lists, {@code node(id:)}, the search index and other features all ask here.
 */
final class ProblemAccess {

	/**
	 * The states anyone may open by id. A merged duplicate is among them: it points the
	 * way to the problem it joined.
	 */
	static final Set<ProblemStatus> PUBLIC = Set.of(ProblemStatus.PUBLISHED, ProblemStatus.ADOPTED,
			ProblemStatus.RESOLVED, ProblemStatus.MERGED);

	/**
	 * The states anyone finds in lists and search: a merged duplicate is folded into its
	 * original, which stands for it there.
	 */
	static final Set<ProblemStatus> LISTED = Set.of(ProblemStatus.PUBLISHED, ProblemStatus.ADOPTED,
			ProblemStatus.RESOLVED);

	/** The states in which citizens may support a problem, or a theme take it up. */
	static final Set<ProblemStatus> OPEN_TO_SUPPORT = Set.of(ProblemStatus.PUBLISHED, ProblemStatus.ADOPTED);

	private ProblemAccess() {
	}

	/** Public problems for everyone; the submitter's own in any state; all for staff. */
	static boolean canRead(Problem problem, Optional<Viewer> viewer) {
		return PUBLIC.contains(problem.getStatus()) || canSeePrivate(problem, viewer);
	}

	/** The original text and the contact details: the submitter and staff only. */
	static boolean canSeePrivate(Problem problem, Optional<Viewer> viewer) {
		return viewer.map((v) -> isStaff(Optional.of(v)) || problem.isSubmittedBy(v.subject())).orElse(false);
	}

	/**
	 * Who finds the problem in lists and search: everyone once it is listed; otherwise
	 * staff, and its submitter while it is theirs to follow (a merged duplicate is
	 * represented by its original).
	 */
	static String[] readers(Problem problem) {
		if (LISTED.contains(problem.getStatus())) {
			return new String[] { Readers.PUBLIC, Readers.STAFF };
		}
		String submitter = problem.getSubmitter();
		if (problem.getStatus() == ProblemStatus.MERGED || submitter == null) {
			return new String[] { Readers.STAFF };
		}
		return new String[] { Readers.STAFF, Readers.user(submitter) };
	}

	static boolean isStaff(Optional<Viewer> viewer) {
		return viewer.map((v) -> v.has(Role.STAFF)).orElse(false);
	}

}
