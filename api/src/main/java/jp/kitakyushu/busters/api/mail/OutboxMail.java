package jp.kitakyushu.busters.api.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One e-mail waiting in the outbox, being sent, or sent. A failed attempt puts it back to
 * wait with a later {@code nextAttemptAt}; it is never dropped.
 */
@Document("mail_outbox")
class OutboxMail {

	@Id
	private @Nullable String id;

	private String to;

	private String subject;

	private String text;

	/** What it is about, e.g. {@code problem.PUBLISHED}, for the logs and the audit. */
	private String topic;

	private Status status;

	private int attempts;

	private Instant createdAt;

	private Instant nextAttemptAt;

	/** Until when the instance that took it for sending holds it. */
	private @Nullable Instant claimedUntil;

	private @Nullable Instant sentAt;

	private @Nullable String lastError;

	OutboxMail(String to, String subject, String text, String topic, Instant createdAt, Instant nextAttemptAt) {
		this.to = to;
		this.subject = subject;
		this.text = text;
		this.topic = topic;
		this.status = Status.PENDING;
		this.createdAt = createdAt;
		this.nextAttemptAt = nextAttemptAt;
	}

	/** A new mail, to be sent at once. */
	static OutboxMail waiting(String to, String subject, String text, String topic, Instant now) {
		return new OutboxMail(to, subject, text, topic, now, now);
	}

	@Nullable String getId() {
		return this.id;
	}

	String getTo() {
		return this.to;
	}

	String getSubject() {
		return this.subject;
	}

	String getText() {
		return this.text;
	}

	String getTopic() {
		return this.topic;
	}

	Status getStatus() {
		return this.status;
	}

	int getAttempts() {
		return this.attempts;
	}

	Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	@Nullable Instant getSentAt() {
		return this.sentAt;
	}

	@Nullable String getLastError() {
		return this.lastError;
	}

	/** Where a mail is. */
	enum Status {

		/** Waiting for its next attempt. */
		PENDING,

		/** Taken by a dispatcher, being sent. */
		SENDING,

		/** Accepted by the mail server. */
		SENT

	}

}
