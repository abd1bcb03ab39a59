package jp.kitakyushu.busters.web.system;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.client.ClientGraphQlResponse;

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
		if (this.response == null) {
			return Optional.empty();
		}
		var field = this.response.field(path);
		if (field.getValue() == null || !field.getErrors().isEmpty()) {
			return Optional.empty();
		}
		return Optional.ofNullable(field.toEntity(type));
	}

}
