package jp.kitakyushu.busters.web.system;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.ClientResponseField;

/**
 * One answer from the api, or the fact that there was none.
 */
public final class ApiResult {

	private final @Nullable ClientGraphQlResponse response;

	ApiResult(@Nullable ClientGraphQlResponse response) {
		this.response = response;
	}

	static ApiResult unavailable() {
		return new ApiResult(null);
	}

	/** Whether the api answered at all. */
	public boolean available() {
		return this.response != null;
	}

	/** The value at a path of the answer's data, when present and without error there. */
	public <T> Optional<T> field(String path, Class<T> type) {
		ClientResponseField field = usableField(path);
		return (field != null) ? Optional.ofNullable(field.toEntity(type)) : Optional.empty();
	}

	/** The list at a path of the answer's data; empty when absent or in error. */
	public <T> List<T> list(String path, Class<T> type) {
		ClientResponseField field = usableField(path);
		return (field != null) ? field.toEntityList(type) : List.of();
	}

	/** Whether the answer has data at this path without error there. */
	public boolean has(String path) {
		return usableField(path) != null;
	}

	/**
	 * The {@code userErrors} of a mutation's payload, e.g.
	 * {@code userErrors("problemSubmit")}.
	 */
	public List<UserError> userErrors(String payloadPath) {
		return list(payloadPath + ".userErrors", UserError.class);
	}

	/**
	 * The {@code extensions.code} of the first GraphQL error (e.g. {@code RATE_LIMITED},
	 * {@code UNAUTHENTICATED}), if the api reported one.
	 */
	public Optional<String> errorCode() {
		if (this.response == null) {
			return Optional.empty();
		}
		return this.response.getErrors()
			.stream()
			.map(ResponseError::getExtensions)
			.map((extensions) -> extensions.get("code"))
			.filter((code) -> code != null)
			.map(Object::toString)
			.findFirst();
	}

	/** The first GraphQL error's extension value, e.g. a retry time. */
	public Optional<Object> errorExtension(String name) {
		if (this.response == null) {
			return Optional.empty();
		}
		return this.response.getErrors()
			.stream()
			.map(ResponseError::getExtensions)
			.map((Map<String, Object> extensions) -> extensions.get(name))
			.filter((value) -> value != null)
			.findFirst();
	}

	private @Nullable ClientResponseField usableField(String path) {
		if (this.response == null) {
			return null;
		}
		ClientResponseField field = this.response.field(path);
		if (field.getValue() == null || !field.getErrors().isEmpty()) {
			return null;
		}
		return field;
	}

	/**
	 * Something in a mutation's input that the user can fix, as the api reports it.
	 *
	 * @param field the path to the input field, e.g. {@code ["input", "title"]}; empty
	 * for the whole request
	 * @param code a stable code such as {@code TOO_LONG}
	 * @param message the api's English explanation (pages show their own words)
	 */
	public record UserError(List<String> field, String code, String message) {

		/** The input field's name without the leading {@code input}, or "" for none. */
		public String fieldName() {
			List<String> path = (!this.field.isEmpty() && "input".equals(this.field.get(0)))
					? this.field.subList(1, this.field.size()) : this.field;
			return String.join(".", path);
		}

	}

}
