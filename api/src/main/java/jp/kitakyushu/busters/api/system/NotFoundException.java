package jp.kitakyushu.busters.api.system;

/**
 * Thrown when an entity does not exist or must not be revealed to the caller.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
