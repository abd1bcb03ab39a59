package jp.kitakyushu.busters.api.company;

import java.util.Optional;

import jp.kitakyushu.busters.api.system.security.Readers;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;

/**
 * The one rule of who may read a company and its internals (members, suspension reason).
 */
final class CompanyAccess {

	private CompanyAccess() {
	}

	/**
	 * A verified company's profile for everyone; any company for its members and staff.
	 */
	static boolean canRead(Company company, Optional<Viewer> viewer) {
		return company.getStatus() == CompanyStatus.VERIFIED || canSeeInternals(company, viewer);
	}

	/** Members and the suspension reason: the company's members and staff. */
	static boolean canSeeInternals(Company company, Optional<Viewer> viewer) {
		return viewer.map((v) -> v.has(Role.STAFF) || isMember(company, v)).orElse(false);
	}

	/** Who finds the company in lists and search: the same rule, as index tokens. */
	static String[] readers(Company company) {
		return (company.getStatus() == CompanyStatus.VERIFIED) ? new String[] { Readers.PUBLIC, Readers.STAFF }
				: new String[] { Readers.STAFF, Readers.company(company.getId()) };
	}

	static boolean isStaff(Optional<Viewer> viewer) {
		return viewer.map((v) -> v.has(Role.STAFF)).orElse(false);
	}

	/**
	 * Membership counts only while the user holds the company role, so revoking the role
	 * in Keycloak cuts access at once.
	 */
	static boolean isMember(Company company, Viewer viewer) {
		return viewer.has(Role.COMPANY) && company.hasMember(viewer.subject());
	}

}
