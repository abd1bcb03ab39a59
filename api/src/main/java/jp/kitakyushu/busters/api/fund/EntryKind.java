package jp.kitakyushu.busters.api.fund;

/**
 * What a ledger entry records.
 */
public enum EntryKind {

	/** Money given to the fund. */
	CONTRIBUTION,

	/** Money promised to a selected proposal. */
	ALLOCATION,

	/** Money paid out against an allocation, for a milestone. */
	DISBURSEMENT,

	/** The undoing of an earlier entry; entries are never edited or deleted. */
	REVERSAL

}
