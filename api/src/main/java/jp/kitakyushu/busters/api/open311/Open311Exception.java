package jp.kitakyushu.busters.api.open311;

/**
 * A request the Open311 endpoint refuses, answered with the specification's error array
 * ({@code code}, {@code description}) and the same HTTP status.
 */
class Open311Exception extends RuntimeException {

	private final int status;

	Open311Exception(int status, String description) {
		super(description);
		this.status = status;
	}

	int status() {
		return this.status;
	}

	static Open311Exception badRequest(String description) {
		return new Open311Exception(400, description);
	}

	static Open311Exception forbidden(String description) {
		return new Open311Exception(403, description);
	}

	static Open311Exception notFound(String description) {
		return new Open311Exception(404, description);
	}

}
