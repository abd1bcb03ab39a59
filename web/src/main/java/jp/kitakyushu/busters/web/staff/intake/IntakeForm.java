package jp.kitakyushu.busters.web.staff.intake;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What staff take down during a call, at the counter or from a letter, kept as typed.
 *
 * @param category a category code (asked first)
 * @param ward a ward code (asked first)
 * @param intakeMethod PHONE, COUNTER or PAPER
 * @param title a short title staff write
 * @param body what the caller said
 * @param contactName the caller's name (private)
 * @param contactPhone a phone number (private)
 * @param contactEmail an e-mail address (private)
 * @param contactAddress a postal address (private)
 * @param contactNote anything else staff note (private)
 * @param idempotencyKey makes a repeated submit enter nothing twice
 */
public record IntakeForm(@Nullable String category, @Nullable String ward, @Nullable String intakeMethod,
		@Nullable String title, @Nullable String body, @Nullable String contactName, @Nullable String contactPhone,
		@Nullable String contactEmail, @Nullable String contactAddress, @Nullable String contactNote,
		@Nullable String idempotencyKey) {

	/** A blank form for the next call, with a fresh key. */
	static IntakeForm blank() {
		return new IntakeForm("", "", "PHONE", "", "", "", "", "", "", "", UUID.randomUUID().toString());
	}

	/** The text to look for similar problems with. */
	String describedProblem() {
		return ((this.title != null) ? this.title : "") + "\n" + ((this.body != null) ? this.body : "");
	}

}
