package jp.kitakyushu.busters.api.system.security;

/**
 * Who may find an indexed document, as keyword tokens: each feature's access rule puts
 * tokens on its documents, and a search only matches documents sharing a token with its
 * caller, so what the index holds for one reader never reaches another, snippets
 * included.
 */
public final class Readers {

	/** The document attribute holding the tokens. */
	public static final String ATTRIBUTE = "readers";

	/** Everyone, signed in or not. */
	public static final String PUBLIC = "public";

	/** City staff. */
	public static final String STAFF = "staff";

	private Readers() {
	}

	/** The members of one company. */
	public static String company(String companyId) {
		return "company:" + companyId;
	}

	/** One user. */
	public static String user(String subject) {
		return "user:" + subject;
	}

}
