package jp.kitakyushu.busters.api.report;

/**
 * A reporting request the client must fix (a period backwards or too long, a page too
 * large): answered as a BAD_REQUEST error naming the argument and a stable reason.
 */
public class ReportRequestException extends IllegalArgumentException {

	private final String field;

	private final String reason;

	/**
	 * @param field the argument at fault, e.g. {@code period.to}
	 * @param reason a stable code, e.g. {@code PERIOD_REVERSED}
	 * @param message what is wrong and how to fix it
	 */
	public ReportRequestException(String field, String reason, String message) {
		super(message);
		this.field = field;
		this.reason = reason;
	}

	/** The argument at fault. */
	public String field() {
		return this.field;
	}

	/** A stable code clients can branch on. */
	public String reason() {
		return this.reason;
	}

}
