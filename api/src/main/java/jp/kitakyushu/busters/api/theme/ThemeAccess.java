package jp.kitakyushu.busters.api.theme;

import java.util.Optional;

import jp.kitakyushu.busters.api.system.security.Readers;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;

/**
 * The one rule of who may read a theme: drafts are for staff, every other state is
 * public.
 */
final class ThemeAccess {

	private ThemeAccess() {
	}

	static boolean canRead(Theme theme, Optional<Viewer> viewer) {
		return theme.getStatus() != ThemeStatus.DRAFT || isStaff(viewer);
	}

	/** Who finds the theme in lists and search: the same rule, as index tokens. */
	static String[] readers(Theme theme) {
		return (theme.getStatus() == ThemeStatus.DRAFT) ? new String[] { Readers.STAFF }
				: new String[] { Readers.PUBLIC, Readers.STAFF };
	}

	static boolean isStaff(Optional<Viewer> viewer) {
		return viewer.map((v) -> v.has(Role.STAFF)).orElse(false);
	}

}
