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

	/**
	 * The entities as the change stored them, when the writer hands them over (a new
	 * entity, which nobody else can have changed yet), so that listeners need not read
	 * them back; empty when listeners read them by id.
	 */
	default List<? extends StoredEntity> stored() {
		return List.of();
	}

}
