package jp.kitakyushu.busters.api.fund;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.proposal.Milestone;
import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.proposal.ProposalStatus;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Moves money in the fund. Without multi-document transactions, each invariant lives in
 * one document and is enforced by the store with a conditional increment (the account's
 * {@code available}, an allocation's {@code remaining}); the ledger entry is written
 * after the increment succeeded, and a failed second step is undone by the opposite
 * increment.
 */
@Service
public class FundService {

	/** GraphQL type name of ledger entries. */
	public static final String ENTRY_TYPE = "FundEntry";

	/**
	 * The largest single amount accepted, a guard against typos (one hundred billion
	 * yen).
	 */
	static final long MAX_AMOUNT = 100_000_000_000L;

	private static final Set<ProposalStatus> FUNDABLE = Set.of(ProposalStatus.SELECTED, ProposalStatus.IN_PROGRESS);

	private static final Set<ProposalStatus> PAYABLE = Set.of(ProposalStatus.SELECTED, ProposalStatus.IN_PROGRESS,
			ProposalStatus.COMPLETED);

	private final MongoTemplate mongo;

	private final ProposalQueries proposals;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	FundService(MongoTemplate mongo, ProposalQueries proposals, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.proposals = proposals;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	@PreAuthorize("hasRole('STAFF')")
	public LedgerEntry contribute(String donor, long amount, boolean anonymous, @Nullable Instant receivedAt,
			@Nullable String note) {
		new Checks().text("donor", donor, 200).optionalText("note", note, 1000).orThrow();
		checkAmount(amount);
		Instant at = (receivedAt != null) ? receivedAt : this.clock.instant();
		if (at.isAfter(this.clock.instant())) {
			throw new UserErrorException(UserError.of("receivedAt", UserErrorCode.OUT_OF_RANGE,
					"A contribution cannot be received in the future."));
		}
		ensureAccount();
		inc(accountQuery(), new Update().inc("contributed", amount).inc("available", amount), FundAccount.class);
		return record(new LedgerEntry(null, EntryKind.CONTRIBUTION, amount, donor, anonymous, null, null, null, null,
				note, at, actor()));
	}

	@PreAuthorize("hasRole('STAFF')")
	public LedgerEntry allocate(String proposalGlobalId, long amount, @Nullable String note) {
		new Checks().optionalText("note", note, 1000).orThrow();
		checkAmount(amount);
		Proposal proposal = proposal(proposalGlobalId);
		if (!FUNDABLE.contains(proposal.getStatus())) {
			throw new UserErrorException(UserError.of("proposalId", UserErrorCode.WRONG_STATE,
					"Only selected or in-progress proposals are funded (this one is " + proposal.getStatus() + ")."));
		}
		ensureAccount();
		if (!inc(accountQuery().addCriteria(Criteria.where("available").gte(amount)),
				new Update().inc("available", -amount).inc("allocated", amount), FundAccount.class)) {
			throw new UserErrorException(UserError.of("amount", UserErrorCode.OVER_LIMIT,
					"The fund has only " + account().available() + " yen left to allocate."));
		}
		ensureAllocation(proposal);
		long ceiling = proposal.getRequestedAmount() - amount;
		boolean fits = inc(Query.query(Criteria.where("_id").is(proposal.getId()).and("amount").lte(ceiling)),
				new Update().inc("amount", amount).inc("remaining", amount), Allocation.class);
		if (!fits) {
			// Give the reserved money back: the proposal cannot take it.
			inc(accountQuery(), new Update().inc("available", amount).inc("allocated", -amount), FundAccount.class);
			throw new UserErrorException(
					UserError.of("amount", UserErrorCode.OVER_LIMIT, "This would allocate more than the "
							+ proposal.getRequestedAmount() + " yen the proposal requested."));
		}
		return record(new LedgerEntry(null, EntryKind.ALLOCATION, amount, null, false, proposal.getId(), null, null,
				null, note, this.clock.instant(), actor()));
	}

	@PreAuthorize("hasRole('STAFF')")
	public LedgerEntry disburse(String proposalGlobalId, long amount, String milestone, @Nullable String note) {
		new Checks().text("milestone", milestone, 200).optionalText("note", note, 1000).orThrow();
		checkAmount(amount);
		Proposal proposal = proposal(proposalGlobalId);
		if (!PAYABLE.contains(proposal.getStatus())) {
			throw new UserErrorException(UserError.of("proposalId", UserErrorCode.WRONG_STATE,
					"Payments go to selected proposals only (this one is " + proposal.getStatus() + ")."));
		}
		if (proposal.getMilestones().stream().map(Milestone::title).noneMatch(milestone::equals)) {
			throw new UserErrorException(UserError.of("milestone", UserErrorCode.INVALID,
					"The proposal has no milestone called '" + milestone + "'."));
		}
		if (!inc(Query.query(Criteria.where("_id").is(proposal.getId()).and("remaining").gte(amount)),
				new Update().inc("remaining", -amount).inc("disbursed", amount), Allocation.class)) {
			throw new UserErrorException(UserError.of("amount", UserErrorCode.OVER_LIMIT,
					"Only " + remaining(proposal.getId()) + " yen of this proposal's allocation is left to pay."));
		}
		inc(accountQuery(), new Update().inc("disbursed", amount), FundAccount.class);
		LedgerEntry paid = record(new LedgerEntry(null, EntryKind.DISBURSEMENT, amount, null, false, proposal.getId(),
				milestone, null, null, note, this.clock.instant(), actor()));
		this.events.publishEvent(new FundDisbursed(proposal.getId(), proposal.getCompanyId(), amount, milestone));
		return paid;
	}

	@PreAuthorize("hasRole('STAFF')")
	public LedgerEntry reverse(String entryGlobalId, String reason) {
		new Checks().text("reason", reason, 1000).orThrow();
		LedgerEntry original = GlobalId.idOf(entryGlobalId, ENTRY_TYPE)
			.map((id) -> this.mongo.findById(id, LedgerEntry.class))
			.orElseThrow(() -> new UserErrorException(UserError.of("entryId", UserErrorCode.NOT_FOUND,
					"No ledger entry has the id " + entryGlobalId + ".")));
		if (original.kind() == EntryKind.REVERSAL) {
			throw new UserErrorException(UserError.of("entryId", UserErrorCode.WRONG_STATE,
					"A reversal cannot be reversed; record a new entry instead."));
		}
		if (this.mongo.exists(Query.query(Criteria.where("_id").is(reversalId(original))), LedgerEntry.class)) {
			throw new UserErrorException(
					UserError.of("entryId", UserErrorCode.DUPLICATE, "This entry has already been reversed."));
		}
		Runnable undo = undo(original);
		LedgerEntry reversal = new LedgerEntry(reversalId(original), EntryKind.REVERSAL, original.amount(),
				original.donor(), original.anonymous(), original.proposalId(), original.milestone(), original.id(),
				original.kind(), reason, this.clock.instant(), actor());
		try {
			return record(reversal);
		}
		catch (DuplicateKeyException ex) {
			// Someone reversed it at the same moment; their reversal stands, ours is
			// undone.
			undo.run();
			throw new UserErrorException(
					UserError.of("entryId", UserErrorCode.DUPLICATE, "This entry has already been reversed."));
		}
	}

	/** The fund's totals. */
	@PreAuthorize("permitAll()")
	public FundAccount account() {
		FundAccount account = this.mongo.findById(FundAccount.ID, FundAccount.class);
		return (account != null) ? account : FundAccount.empty();
	}

	/**
	 * The whole ledger, oldest first, whoever asks: for reporting's fund flows and the
	 * open-data export, which leave out donors who asked not to be named.
	 */
	@PreAuthorize("permitAll()")
	public List<LedgerEntry> ledgerEntries() {
		return this.mongo.find(new Query().with(Sort.by("at").and(Sort.by("id"))), LedgerEntry.class);
	}

	/**
	 * Applies the opposite of {@code original} to the counters, refusing when that would
	 * break an invariant, and returns how to re-apply it.
	 */
	private Runnable undo(LedgerEntry original) {
		long amount = original.amount();
		switch (original.kind()) {
			case CONTRIBUTION -> {
				if (!inc(accountQuery().addCriteria(Criteria.where("available").gte(amount)),
						new Update().inc("contributed", -amount).inc("available", -amount), FundAccount.class)) {
					throw new UserErrorException(UserError.of("entryId", UserErrorCode.OVER_LIMIT,
							"This contribution is already allocated; reverse allocations first."));
				}
				return () -> inc(accountQuery(), new Update().inc("contributed", amount).inc("available", amount),
						FundAccount.class);
			}
			case ALLOCATION -> {
				if (!inc(Query.query(Criteria.where("_id").is(original.proposalId()).and("remaining").gte(amount)),
						new Update().inc("amount", -amount).inc("remaining", -amount), Allocation.class)) {
					throw new UserErrorException(UserError.of("entryId", UserErrorCode.OVER_LIMIT,
							"This allocation is already paid out; reverse the disbursements first."));
				}
				inc(accountQuery(), new Update().inc("allocated", -amount).inc("available", amount), FundAccount.class);
				return () -> {
					inc(accountQuery(), new Update().inc("allocated", amount).inc("available", -amount),
							FundAccount.class);
					inc(Query.query(Criteria.where("_id").is(original.proposalId())),
							new Update().inc("amount", amount).inc("remaining", amount), Allocation.class);
				};
			}
			case DISBURSEMENT -> {
				inc(Query.query(Criteria.where("_id").is(original.proposalId())),
						new Update().inc("disbursed", -amount).inc("remaining", amount), Allocation.class);
				inc(accountQuery(), new Update().inc("disbursed", -amount), FundAccount.class);
				return () -> {
					inc(Query.query(Criteria.where("_id").is(original.proposalId())),
							new Update().inc("disbursed", amount).inc("remaining", -amount), Allocation.class);
					inc(accountQuery(), new Update().inc("disbursed", amount), FundAccount.class);
				};
			}
			default -> throw new IllegalStateException("Reversals are not reversed");
		}
	}

	private LedgerEntry record(LedgerEntry entry) {
		LedgerEntry stored = this.mongo.insert(entry);
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("amount", entry.amount());
		change.put("kind", entry.kind());
		if (entry.kind() == EntryKind.REVERSAL && entry.note() != null) {
			// Why money moved back belongs in the trail, but staff may name the citizen
			// or company concerned in it.
			change.put("reason", AuditLog.freeText(entry.note()));
		}
		this.audit.record("fund." + entry.kind().name().toLowerCase(Locale.ROOT), ENTRY_TYPE,
				Objects.requireNonNull(stored.id()), change);
		return stored;
	}

	private Proposal proposal(String globalId) {
		return GlobalId.idOf(globalId, ProposalQueries.TYPE)
			.flatMap(this.proposals::findById)
			.orElseThrow(() -> new UserErrorException(
					UserError.of("proposalId", UserErrorCode.NOT_FOUND, "No proposal has the id " + globalId + ".")));
	}

	private void ensureAccount() {
		try {
			this.mongo.insert(FundAccount.empty());
		}
		catch (DuplicateKeyException ex) {
			// It exists already: the usual case.
		}
	}

	private void ensureAllocation(Proposal proposal) {
		try {
			this.mongo.insert(new Allocation(proposal.getId(), proposal.getRequestedAmount(), 0, 0, 0));
		}
		catch (DuplicateKeyException ex) {
			// Topping up an existing allocation.
		}
	}

	private long remaining(String proposalId) {
		Allocation allocation = this.mongo.findById(proposalId, Allocation.class);
		return (allocation != null) ? allocation.remaining() : 0;
	}

	private boolean inc(Query query, Update update, Class<?> type) {
		return this.mongo.updateFirst(query, update, type).getModifiedCount() == 1;
	}

	private static Query accountQuery() {
		return Query.query(Criteria.where("_id").is(FundAccount.ID));
	}

	private static void checkAmount(long amount) {
		if (amount <= 0 || amount > MAX_AMOUNT) {
			throw new UserErrorException(UserError.of("amount", UserErrorCode.OUT_OF_RANGE,
					"The amount must be a positive number of yen, at most " + MAX_AMOUNT + "."));
		}
	}

	private static String reversalId(LedgerEntry original) {
		return "reversal-of-" + original.id();
	}

	private static String actor() {
		return Viewer.current().map(Viewer::subject).orElse(AuditLog.SYSTEM);
	}

}
