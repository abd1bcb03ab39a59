package jp.kitakyushu.busters.api.problem;

/**
 * Which of a problem's texts a piece of personal data lies in.
 */
public enum ProblemText {

	/** The title. */
	TITLE,

	/** The description. */
	BODY

}
