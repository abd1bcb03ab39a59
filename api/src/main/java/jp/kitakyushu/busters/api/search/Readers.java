package jp.kitakyushu.busters.api.search;

import java.util.LinkedHashSet;
import java.util.Set;

import jp.kitakyushu.busters.api.proposal.ProposalReader;
import jp.kitakyushu.busters.api.system.security.Viewer;

/**
 * Who may find an indexed document, as keyword tokens on the document ({@code readers})
 * and on the caller: a search only ever matches documents sharing a token with its
 * caller, so what the index holds for one reader never reaches another, snippets
 * included.
 */
final class Readers {

	/** The attribute holding a document's reader tokens. */
	static final String ATTRIBUTE = "readers";

	/** Everyone, signed in or not. */
	static final String PUBLIC = "public";

	/** City staff. */
	static final String STAFF = "staff";

	private Readers() {
	}

	/** The members of one company. */
	static String company(String companyId) {
		return "company:" + companyId;
	}

	/** One user. */
	static String user(String subject) {
		return "user:" + subject;
	}

	/**
	 * The tokens of the current caller. Staff reach every document through {@link #STAFF}
	 * and do without {@link #PUBLIC}, so a selected proposal's public copy does not come
	 * up beside the full one they can read.
	 */
	static String[] ofCaller(ProposalReader reader) {
		Set<String> tokens = new LinkedHashSet<>();
		tokens.add(reader.staff() ? STAFF : PUBLIC);
		reader.companyIds().forEach((id) -> tokens.add(company(id)));
		Viewer.current().ifPresent((viewer) -> tokens.add(user(viewer.subject())));
		return tokens.toArray(String[]::new);
	}

}
