package jp.kitakyushu.busters.search;

/**
 * The kinds of platform content a search document can stand for.
 */
public enum DocumentType {

	/** A citizen's problem (課題). */
	PROBLEM,

	/** A curated proposal theme (提案テーマ). */
	THEME,

	/** A company's proposal to a theme; confidential unless selected. */
	PROPOSAL,

	/** A registered company, matched by its stated capabilities. */
	COMPANY

}
