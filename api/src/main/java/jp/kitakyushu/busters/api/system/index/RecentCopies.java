package jp.kitakyushu.busters.api.system.index;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jp.kitakyushu.busters.api.system.StoredEntity;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.search.query.ListResults;
import org.jspecify.annotations.Nullable;

/**
 * Entities of recently listed pages, as the store gave them, each used again only while
 * the index says the entity is still at that very change.
 * <p>
 * Reading a page's entities from the store (the query over the wire, the store's
 * decoding, the mapping to entities) was the largest part of a list page's CPU at 100,000
 * problems, while the same few pages are asked over and over. The index holds when each
 * entity last changed; a kept copy of another change is read again. So a list shows what
 * its index knows, never older: on the instance that wrote, the index takes the change
 * before the write answers; on another instance, with its follower's next round, as the
 * list's order and filter do. Entities changed in the last seconds are not kept, so two
 * changes within one millisecond cannot look like one.
 *
 * @param <T> the stored entity type
 */
public class RecentCopies<T extends StoredEntity> {

	/** How many entities are kept; the lot is dropped when full. */
	public static final int CAPACITY = 2_000;

	/** How long after its last change an entity may be kept. */
	public static final Duration SETTLED = Duration.ofSeconds(10);

	private final Map<String, T> kept = new ConcurrentHashMap<>();

	private final Clock clock;

	public RecentCopies(Clock clock) {
		this.clock = clock;
	}

	/**
	 * A list page's store ids of one type, in the page's order, each with its last change
	 * as the index holds it: what {@link #orRead} takes.
	 * @param results the page from the index
	 * @param type the GraphQL type whose global ids the page holds
	 * @return store id to change, in the page's order; ids of another type left out
	 */
	public static Map<String, Instant> pageChanges(ListResults results, String type) {
		Map<String, Instant> changes = new LinkedHashMap<>();
		for (int i = 0; i < results.ids().size(); i++) {
			Instant changedAt = Instant.ofEpochMilli(results.changedAt().get(i));
			GlobalId.idOf(results.ids().get(i), type).ifPresent((id) -> changes.put(id, changedAt));
		}
		return changes;
	}

	/**
	 * The kept entity, if it is at the change the index holds ({@code changedAt}, ms).
	 */
	public @Nullable T at(String id, long changedAt) {
		T entity = this.kept.get(id);
		return (entity != null && entity.getUpdatedAt().toEpochMilli() == changedAt) ? entity : null;
	}

	/**
	 * Keeps an entity just read from the store, unless it changed in the last seconds.
	 */
	public void keep(T entity) {
		if (!entity.getUpdatedAt().isBefore(this.clock.instant().minus(SETTLED))) {
			return;
		}
		if (this.kept.size() >= CAPACITY) {
			this.kept.clear();
		}
		this.kept.put(entity.getId(), entity);
	}

	/**
	 * The entities the index holds at these changes: those kept at the same change as
	 * they are, the others (and every one of {@code unindexed}, whose change the index
	 * does not hold) from the store in one read, and kept.
	 * @param indexedChanges each store id with its last change as the index holds it
	 * @param unindexed store ids to read from the store whatever is kept
	 * @param read reads entities by store id from the store, in one query
	 * @return the entities found, in no particular order
	 */
	public List<T> orRead(Map<String, Instant> indexedChanges, Collection<String> unindexed,
			Function<List<String>, ? extends Iterable<T>> read) {
		List<T> entities = new ArrayList<>(indexedChanges.size() + unindexed.size());
		List<String> missing = new ArrayList<>(unindexed);
		indexedChanges.forEach((id, changedAt) -> {
			T entity = at(id, changedAt.toEpochMilli());
			if (entity != null) {
				entities.add(entity);
			}
			else {
				missing.add(id);
			}
		});
		if (!missing.isEmpty()) {
			for (T entity : read.apply(missing)) {
				entities.add(entity);
				keep(entity);
			}
		}
		return entities;
	}

}
