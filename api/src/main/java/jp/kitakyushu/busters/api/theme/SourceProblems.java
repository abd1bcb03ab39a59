package jp.kitakyushu.busters.api.theme;

import java.util.Collection;
import java.util.Map;

/**
 * The problems a theme is curated from, as the theme feature needs to know them. The
 * problem feature answers: it follows the themes' events, so themes must not depend on
 * it.
 */
public interface SourceProblems {

	/** The GraphQL type of problems, for their global ids in theme inputs. */
	String TYPE = "Problem";

	/** The problems among {@code problemIds} the current caller may see, by store id. */
	Map<String, SourceProblem> find(Collection<String> problemIds);

	/**
	 * The masked title and body of the problems among {@code problemIds} that anyone may
	 * read, whoever asks: what a theme's search document is matched against.
	 */
	Map<String, String> publicTexts(Collection<String> problemIds);

	/**
	 * A problem as a theme sees it.
	 *
	 * @param id the store id
	 * @param status its status, for messages
	 * @param adoptable whether a theme may take it up (public, and no moderation closed
	 * it)
	 * @param publicTitle the title with personal data masked
	 * @param publicBody the body with personal data masked
	 */
	record SourceProblem(String id, String status, boolean adoptable, String publicTitle, String publicBody) {
	}

}
