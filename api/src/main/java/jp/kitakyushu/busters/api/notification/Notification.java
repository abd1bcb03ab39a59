package jp.kitakyushu.busters.api.notification;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something the platform tells one user about their own things. Only its recipient reads
 * it; reading it once is the only change it ever sees.
 */
@Document("notifications")
class Notification {

	@Id
	private @Nullable String id;

	@Version
	private @Nullable Long version;

	@CreatedDate
	@Indexed
	private @Nullable Instant createdAt;

	@LastModifiedDate
	private @Nullable Instant updatedAt;

	/** The recipient's Keycloak subject. */
	@Indexed
	private String recipient;

	private NotificationKind kind;

	private @Nullable String problemId;

	private @Nullable String themeId;

	private @Nullable String proposalId;

	/** The yen paid, for a payment. */
	private @Nullable Long amount;

	/** The milestone paid for, for a payment. */
	private @Nullable String milestone;

	private @Nullable Instant readAt;

	Notification(String recipient, NotificationKind kind, @Nullable String problemId, @Nullable String themeId) {
		this.recipient = recipient;
		this.kind = kind;
		this.problemId = problemId;
		this.themeId = themeId;
	}

	/**
	 * A notification about a proposal of the recipient's company; {@code amount} and
	 * {@code milestone} for payments only.
	 */
	static Notification aboutProposal(String recipient, NotificationKind kind, String themeId, String proposalId,
			@Nullable Long amount, @Nullable String milestone) {
		Notification notification = new Notification(recipient, kind, null, themeId);
		notification.proposalId = proposalId;
		notification.amount = amount;
		notification.milestone = milestone;
		return notification;
	}

	public String getId() {
		return Objects.requireNonNull(this.id, "not stored yet");
	}

	public Instant getCreatedAt() {
		return Objects.requireNonNull(this.createdAt, "not stored yet");
	}

	public Instant getUpdatedAt() {
		return Objects.requireNonNull(this.updatedAt, "not stored yet");
	}

	public String getRecipient() {
		return this.recipient;
	}

	public NotificationKind getKind() {
		return this.kind;
	}

	public @Nullable String getProblemId() {
		return this.problemId;
	}

	public @Nullable String getThemeId() {
		return this.themeId;
	}

	public @Nullable String getProposalId() {
		return this.proposalId;
	}

	public @Nullable Long getAmount() {
		return this.amount;
	}

	public @Nullable String getMilestone() {
		return this.milestone;
	}

	public @Nullable Instant getReadAt() {
		return this.readAt;
	}

	public boolean isRead() {
		return this.readAt != null;
	}

}
