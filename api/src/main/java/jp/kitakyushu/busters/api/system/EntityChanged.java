package jp.kitakyushu.busters.api.system;

import java.util.List;

/**
 * An event that names the stored entities a change wrote, so that data derived from them
 * (the search index) can follow exactly those entities. Features' past-tense events
 * implement it; listeners that only need to know "what changed" listen to this type.
 */
public interface EntityChanged {

	/** The GraphQL type of the changed entities, e.g. {@code Problem}. */
	String entityType();

	/** The store ids of the entities the change wrote. */
	List<String> entityIds();

}
