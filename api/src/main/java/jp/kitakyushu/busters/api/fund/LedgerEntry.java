package jp.kitakyushu.busters.api.fund;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of the fund's ledger, written once and never changed.
 *
 * @param id the entry's id; a reversal's id is derived from the entry it reverses, so an
 * entry can be reversed only once even under concurrent attempts
 * @param kind what it records
 * @param amount a positive amount of yen
 * @param donor who gave (contributions)
 * @param anonymous whether the donor asked not to be named in public
 * @param proposalId the proposal funded (allocations, disbursements)
 * @param milestone the milestone paid for (disbursements)
 * @param reverses the entry this one undoes (reversals)
 * @param reversedKind the kind of the entry this one undoes (reversals)
 * @param note a free note, e.g. the reason of a reversal
 * @param at when the money moved
 * @param actor who recorded it
 */
@Document("fund_ledger")
public record LedgerEntry(@Id @Nullable String id, EntryKind kind, long amount, @Nullable String donor,
		boolean anonymous, @Indexed @Nullable String proposalId, @Nullable String milestone, @Nullable String reverses,
		@Nullable EntryKind reversedKind, @Nullable String note, @Indexed Instant at, String actor) {
}
