package jp.kitakyushu.busters.api.system.graphql;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a mutation and builds its payload: the result with no errors, or no result with
 * the user errors that stopped it.
 */
public final class Mutations {

	private Mutations() {
	}

	/**
	 * Runs {@code action}; user-fixable failures become {@code userErrors} in the
	 * payload.
	 */
	public static <T, P> P run(Supplier<T> action, BiFunction<T, List<UserError>, P> payload) {
		try {
			return payload.apply(action.get(), List.of());
		}
		catch (UserErrorException ex) {
			return payload.apply(null, ex.errors());
		}
		catch (OptimisticLockingFailureException ex) {
			return payload.apply(null, List.of(UserError.general(UserErrorCode.CONFLICT,
					"Someone else changed this at the same time. Reload it and try again.")));
		}
		catch (DuplicateKeyException ex) {
			return payload.apply(null,
					List.of(UserError.general(UserErrorCode.DUPLICATE, "This already exists or was already done.")));
		}
	}

}
