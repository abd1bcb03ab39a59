package jp.kitakyushu.busters.api.fund;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.NodeLoader;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reads the fund: contributions and allocations are public (anonymous donors unnamed),
 * the full ledger with notes and actors is for staff.
 */
@Service
class FundQueries implements NodeLoader {

	private final MongoTemplate mongo;

	FundQueries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@PreAuthorize("permitAll()")
	public Connection<LedgerEntry> contributions(PageRequest page) {
		return page(Criteria.where("kind").is(EntryKind.CONTRIBUTION), page, LedgerEntry.class, "at", "id");
	}

	@PreAuthorize("permitAll()")
	public Connection<Allocation> allocations(PageRequest page) {
		return page(new Criteria(), page, Allocation.class, "proposalId", "proposalId");
	}

	@PreAuthorize("hasRole('STAFF')")
	public Connection<LedgerEntry> ledger(@Nullable EntryKind kind, @Nullable String proposalId, PageRequest page) {
		Criteria criteria = new Criteria();
		if (kind != null) {
			criteria.and("kind").is(kind);
		}
		if (proposalId != null) {
			criteria.and("proposalId").is(proposalId);
		}
		return page(criteria, page, LedgerEntry.class, "at", "id");
	}

	@Override
	public Set<String> nodeTypes() {
		return Set.of(FundService.ENTRY_TYPE);
	}

	/**
	 * Staff see every entry; others see contributions and allocations, which are public.
	 */
	@Override
	public Map<String, LedgerEntry> loadVisible(String type, Collection<String> ids) {
		boolean staff = Viewer.current().map((viewer) -> viewer.has(Role.STAFF)).orElse(false);
		Map<String, LedgerEntry> visible = new LinkedHashMap<>();
		for (LedgerEntry entry : this.mongo.find(Query.query(Criteria.where("_id").in(ids)), LedgerEntry.class)) {
			if (staff || entry.kind() == EntryKind.CONTRIBUTION || entry.kind() == EntryKind.ALLOCATION) {
				visible.put(entry.id(), entry);
			}
		}
		return visible;
	}

	/**
	 * A page, newest first, and how many there are in all. A page that is not full and
	 * not past the end is the last one, so the total follows from it without asking the
	 * store to count: a fund's short lists cost one round trip instead of two. The sort
	 * names the entity's properties ({@code idProperty} is the one stored as
	 * {@code _id}): the mapping resolves a name that is no property, such as {@code _id},
	 * by throwing and catching an exception on every query, which was the most frequent
	 * exception in the public mix.
	 */
	private <T> Connection<T> page(Criteria criteria, PageRequest page, Class<T> type, String newestField,
			String idProperty) {
		Query query = Query.query(criteria)
			.with(Sort.by(Sort.Direction.DESC, newestField).and(Sort.by(Sort.Direction.DESC, idProperty)))
			.skip(page.offset())
			.limit(page.limit());
		List<T> found = this.mongo.find(query, type);
		boolean last = found.size() < page.limit() && (!found.isEmpty() || page.offset() == 0);
		long total = last ? page.offset() + found.size() : this.mongo.count(Query.query(criteria), type);
		return Connection.of(found, page, total);
	}

}
