package jp.kitakyushu.busters.api.fund;

import java.util.Objects;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Brings in the fund's past records, each once: ledger entries, and the account and
 * allocations as they stood after them. The caller keeps them consistent with each other;
 * the live invariants guard every change made here afterwards.
 */
@Service
public class FundImport {

	private final MongoTemplate mongo;

	FundImport(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Stores a ledger entry unless its id is taken; returns whether it did. */
	public boolean importIfAbsent(LedgerEntry entry) {
		return insertIfAbsent(Objects.requireNonNull(entry.id(), "an imported entry keeps its id"), entry);
	}

	/** Stores a proposal's allocation unless it has one; returns whether it did. */
	public boolean importIfAbsent(Allocation allocation) {
		return insertIfAbsent(allocation.proposalId(), allocation);
	}

	/** Stores the account unless it exists; returns whether it did. */
	public boolean importIfAbsent(FundAccount account) {
		return insertIfAbsent(account.id(), account);
	}

	private boolean insertIfAbsent(String id, Object record) {
		if (this.mongo.findById(id, record.getClass()) != null) {
			return false;
		}
		this.mongo.insert(record);
		return true;
	}

}
