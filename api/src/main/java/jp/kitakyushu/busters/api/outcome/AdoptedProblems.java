package jp.kitakyushu.busters.api.outcome;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which themes took up which problems, as the outcome feature needs to know before
 * crediting a demonstration with them. The problem feature answers: it follows outcomes'
 * events, so outcomes must not depend on it.
 */
public interface AdoptedProblems {

	/** The GraphQL type of problems, for their global ids in outcome inputs. */
	String TYPE = "Problem";

	/**
	 * The problems among {@code problemIds} the current caller may see, each with the
	 * store ids of the themes that adopted it.
	 */
	Map<String, List<String>> themesOf(Collection<String> problemIds);

}
