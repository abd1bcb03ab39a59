package jp.kitakyushu.busters.api.company;

/**
 * Where a company stands with the programme: registered, verified by staff, or suspended.
 */
public enum CompanyStatus {

	/** Registered, waiting for staff to verify it. */
	PENDING,

	/** Verified by staff; its members may submit proposals. */
	VERIFIED,

	/** Suspended by staff, with a reason; it may not submit proposals. */
	SUSPENDED

}
