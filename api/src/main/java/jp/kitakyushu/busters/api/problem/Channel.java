package jp.kitakyushu.busters.api.problem;

/**
 * How a problem reached the platform.
 */
public enum Channel {

	/** Posted by the citizen on the web. */
	WEB,

	/** Entered by staff on a citizen's behalf (phone, counter, paper). */
	PROXY,

	/** Sent by a civic-report app through the Open311 endpoint. */
	OPEN311

}
