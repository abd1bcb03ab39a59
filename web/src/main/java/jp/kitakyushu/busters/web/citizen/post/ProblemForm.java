package jp.kitakyushu.busters.web.citizen.post;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a citizen types into the posting form, kept as typed (every field is text) so that
 * nothing is lost when a field needs fixing.
 *
 * @param title the title
 * @param body the description
 * @param category a category code
 * @param ward a ward code
 * @param landmark a landmark or address in words, added to the description
 * @param latitude a point on the map (set by the map, or typed)
 * @param longitude a point on the map
 * @param idempotencyKey the key that makes a repeated submit post nothing twice
 */
public record ProblemForm(@Nullable String title, @Nullable String body, @Nullable String category,
		@Nullable String ward, @Nullable String landmark, @Nullable String latitude, @Nullable String longitude,
		@Nullable String idempotencyKey) {

	/** A blank form with a fresh idempotency key. */
	static ProblemForm blank() {
		return new ProblemForm("", "", "", "", "", "", "", UUID.randomUUID().toString());
	}

	/** The same input with an idempotency key, keeping the one it has. */
	ProblemForm withKey() {
		return (this.idempotencyKey != null && !this.idempotencyKey.isBlank()) ? this
				: new ProblemForm(this.title, this.body, this.category, this.ward, this.landmark, this.latitude,
						this.longitude, UUID.randomUUID().toString());
	}

}
