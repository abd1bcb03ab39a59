package jp.kitakyushu.busters.api.problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemFilter;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemOrder;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemOrderField;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.OrderDirection;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.security.Readers;
import jp.kitakyushu.busters.api.theme.ThemeQueries;
import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.query.ListFilter;
import jp.kitakyushu.busters.search.query.ListRequest;
import jp.kitakyushu.busters.search.query.ListRequest.Order;
import org.jspecify.annotations.Nullable;

/**
 * How problems look in the search index, and the lists asked of them there: the index
 * holds every problem's masked text with its reader tokens, numbers to sort by, and its
 * submitter, so that lists cost the same however many problems the store holds.
 */
final class ProblemDocuments {

	static final String CREATED_AT = "createdAt";

	static final String SUPPORTER_COUNT = "supporterCount";

	/** Ties between equal values fall to the newest (the store id grows with time). */
	static final String STORE_ID = "storeId";

	static final String SUBMITTER = "submitter";

	/**
	 * Whether flagged spans wait for staff's privacy review: {@value #WAITING} or
	 * {@value #CLEAR}, so the staff queue can list the posts that hold publishing back.
	 */
	static final String PRIVACY_REVIEW = "privacyReview";

	static final String WAITING = "WAITING";

	static final String CLEAR = "CLEAR";

	private ProblemDocuments() {
	}

	/**
	 * A problem as the index holds it: its masked text only, readable by whom
	 * {@link ProblemAccess} says, and linked to the themes that took it up.
	 */
	static SearchDocument document(Problem problem) {
		SearchDocument.Builder builder = SearchDocument
			.builder(GlobalId.encode(ProblemQueries.TYPE, problem.getId()), DocumentType.PROBLEM,
					problem.getUpdatedAt())
			.title(problem.getPublicTitle())
			.text(problem.getPublicBody())
			.category(problem.getCategory())
			.ward(problem.getWard().name())
			.status(problem.getStatus().name())
			.attribute(Readers.ATTRIBUTE, ProblemAccess.readers(problem))
			.number(CREATED_AT, problem.getCreatedAt().toEpochMilli())
			.number(SUPPORTER_COUNT, problem.getSupporterCount())
			.sortKey(STORE_ID, problem.getId())
			.attribute(PRIVACY_REVIEW, problem.awaitsPrivacyReview() ? WAITING : CLEAR);
		if (problem.getSubmitter() != null) {
			builder.attribute(SUBMITTER, problem.getSubmitter());
		}
		if (problem.getStatus() == ProblemStatus.ADOPTED || problem.getStatus() == ProblemStatus.RESOLVED) {
			builder.attribute(SearchDocument.THEME_ID,
					problem.getThemeIds()
						.stream()
						.map((id) -> GlobalId.encode(ThemeQueries.TYPE, id))
						.toArray(String[]::new));
		}
		return builder.build();
	}

	/**
	 * The list of problems as the public or staff ask for it; null when the answer is
	 * empty whatever the index holds (the public asking for a state they may not list).
	 * The public filter text in masked text only, so a filter cannot probe for hidden
	 * data.
	 */
	static @Nullable ListRequest list(@Nullable ProblemFilter filter, @Nullable ProblemOrder order, PageRequest page,
			boolean staff) {
		List<ListFilter> all = new ArrayList<>();
		all.add(ListFilter.type(DocumentType.PROBLEM));
		all.add(ListFilter.keyword(Readers.ATTRIBUTE, staff ? Readers.STAFF : Readers.PUBLIC));
		ProblemStatus status = (filter != null) ? filter.status() : null;
		if (status != null) {
			if (!staff && !ProblemAccess.LISTED.contains(status)) {
				return null;
			}
			all.add(ListFilter.keyword("status", status.name()));
		}
		else if (!staff) {
			all.add(ListFilter.keyword("status", ProblemAccess.LISTED.stream().map(Enum::name).toArray(String[]::new)));
		}
		if (filter != null && filter.category() != null) {
			all.add(ListFilter.keyword("category", filter.category()));
		}
		if (filter != null && filter.ward() != null) {
			all.add(ListFilter.keyword("ward", filter.ward().name()));
		}
		if (filter != null && filter.text() != null && !filter.text().isBlank()) {
			all.add(ListFilter.containsText(filter.text().strip()));
		}
		Boolean awaiting = (filter != null) ? filter.awaitingPrivacyReview() : null;
		if (awaiting != null) {
			if (awaiting && !staff) {
				return null;
			}
			all.add(ListFilter.keyword(PRIVACY_REVIEW, awaiting ? WAITING : CLEAR));
		}
		return request(ListFilter.allOf(all.toArray(ListFilter[]::new)), order, page);
	}

	/**
	 * Public problems in some of the listed states, of one category or any, submitted in
	 * {@code [from, to)}, newest first; null when no listed state is asked for.
	 */
	static @Nullable ListRequest submittedBetween(Set<ProblemStatus> statuses, @Nullable String category, Instant from,
			Instant to, PageRequest page) {
		String[] listed = statuses.stream()
			.filter(ProblemAccess.LISTED::contains)
			.map(Enum::name)
			.sorted()
			.toArray(String[]::new);
		if (listed.length == 0 || !from.isBefore(to)) {
			return null;
		}
		List<ListFilter> all = new ArrayList<>();
		all.add(ListFilter.type(DocumentType.PROBLEM));
		all.add(ListFilter.keyword(Readers.ATTRIBUTE, Readers.PUBLIC));
		all.add(ListFilter.keyword("status", listed));
		if (category != null) {
			all.add(ListFilter.keyword("category", category));
		}
		all.add(ListFilter.between(CREATED_AT, from.toEpochMilli(), to.toEpochMilli() - 1));
		return request(ListFilter.allOf(all.toArray(ListFilter[]::new)), null, page);
	}

	/** A citizen's own problems, in every state. */
	static ListRequest mine(String subject, PageRequest page) {
		return request(ListFilter.allOf(ListFilter.type(DocumentType.PROBLEM), ListFilter.keyword(SUBMITTER, subject)),
				null, page);
	}

	private static ListRequest request(ListFilter filter, @Nullable ProblemOrder order, PageRequest page) {
		ProblemOrder effective = (order != null) ? order
				: new ProblemOrder(ProblemOrderField.CREATED_AT, OrderDirection.DESC);
		String by = (effective.field() == ProblemOrderField.SUPPORTER_COUNT) ? SUPPORTER_COUNT : CREATED_AT;
		return new ListRequest(filter, List.of(Order.byNumber(by, effective.direction() == OrderDirection.DESC),
				Order.byUniqueShortKey(STORE_ID, true)), page.offset(), page.limit(), false);
	}

}
