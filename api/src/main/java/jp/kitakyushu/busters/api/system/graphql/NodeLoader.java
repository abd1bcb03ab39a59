package jp.kitakyushu.busters.api.system.graphql;

import java.util.Collection;
import java.util.Map;

/**
 * Loads the objects of one GraphQL type by store id for {@code node(id:)}, returning only
 * those the current caller may see.
 *
 * @param <T> the Java type behind the GraphQL type
 */
public interface NodeLoader<T> {

	/** The GraphQL type name this loader serves, e.g. {@code Problem}. */
	String typeName();

	/**
	 * The visible objects among {@code ids}, keyed by store id; invisible ones are
	 * absent.
	 */
	Map<String, T> loadVisible(Collection<String> ids);

}
