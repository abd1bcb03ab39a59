package jp.kitakyushu.busters.api.system;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * What every stored entity has: an id, a version for optimistic locking, and when it was
 * created and last changed (the index followers read changes by {@code updatedAt}).
 */
public abstract class StoredEntity {

	@Id
	private @Nullable String id;

	@Version
	private @Nullable Long version;

	@CreatedDate
	private @Nullable Instant createdAt;

	@LastModifiedDate
	@Indexed
	private @Nullable Instant updatedAt;

	/**
	 * Gives an imported record of the past the id it keeps and the time it was first
	 * stored; the store then stamps it as changed now, so nothing reads as changed in the
	 * future.
	 */
	protected void restore(String id, Instant createdAt) {
		this.id = id;
		this.version = 0L;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	/** The store id; fails for an entity not stored yet. */
	public String getId() {
		return Objects.requireNonNull(this.id, "not stored yet");
	}

	/** The optimistic-locking version. */
	public @Nullable Long getVersion() {
		return this.version;
	}

	/** When it was first stored. */
	public Instant getCreatedAt() {
		return Objects.requireNonNull(this.createdAt, "not stored yet");
	}

	/** When it last changed. */
	public Instant getUpdatedAt() {
		return Objects.requireNonNull(this.updatedAt, "not stored yet");
	}

}
