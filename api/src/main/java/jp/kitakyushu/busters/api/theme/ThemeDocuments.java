package jp.kitakyushu.busters.api.theme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.OrderDirection;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.security.Readers;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeFilter;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeOrder;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeOrderField;
import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.query.ListFilter;
import jp.kitakyushu.busters.search.query.ListRequest;
import jp.kitakyushu.busters.search.query.ListRequest.Order;
import org.jspecify.annotations.Nullable;

/**
 * How themes look in the search index, and the lists asked of them there, with every
 * status read as of now (an open theme past its deadline is listed as closed).
 */
final class ThemeDocuments {

	static final String CREATED_AT = "createdAt";

	static final String CLOSES_AT = "closesAt";

	/** Ties between equal values fall to the newest (the store id grows with time). */
	static final String STORE_ID = "storeId";

	private ThemeDocuments() {
	}

	/**
	 * A theme as the index holds it, with the masked text of its public source problems
	 * as context: matched against, never shown.
	 */
	static SearchDocument document(Theme theme, Map<String, String> problemTexts) {
		List<String> context = theme.getSourceProblemIds()
			.stream()
			.map(problemTexts::get)
			.filter(Objects::nonNull)
			.toList();
		SearchDocument.Builder builder = SearchDocument
			.builder(GlobalId.encode(ThemeQueries.TYPE, theme.getId()), DocumentType.THEME, theme.getUpdatedAt())
			.title(theme.getTitle())
			.text(theme.getDescription() + "\n" + String.join("\n", theme.getExpectedOutcomes()))
			.context(context)
			.category(theme.getCategory())
			.status(theme.getStatus().name())
			.attribute(Readers.ATTRIBUTE, ThemeAccess.readers(theme))
			.number(CREATED_AT, theme.getCreatedAt().toEpochMilli())
			.sortKey(STORE_ID, theme.getId());
		if (theme.getClosesAt() != null) {
			builder.number(CLOSES_AT, theme.getClosesAt().toEpochMilli());
		}
		return builder.build();
	}

	/**
	 * The list of themes as the public or staff ask for it at {@code now}; null when the
	 * answer is empty whatever the index holds (drafts asked for by the public).
	 */
	static @Nullable ListRequest list(@Nullable ThemeFilter filter, @Nullable ThemeOrder order, PageRequest page,
			boolean staff, Instant now) {
		List<ListFilter> all = new ArrayList<>();
		all.add(ListFilter.type(DocumentType.THEME));
		all.add(ListFilter.keyword(Readers.ATTRIBUTE, staff ? Readers.STAFF : Readers.PUBLIC));
		ThemeStatus status = (filter != null) ? filter.status() : null;
		if (status != null) {
			if (!staff && status == ThemeStatus.DRAFT) {
				return null;
			}
			all.add(statusAt(status, now.toEpochMilli()));
		}
		if (filter != null && filter.category() != null) {
			all.add(ListFilter.keyword("category", filter.category()));
		}
		ThemeOrder effective = (order != null) ? order
				: new ThemeOrder(ThemeOrderField.CREATED_AT, OrderDirection.DESC);
		String by = (effective.field() == ThemeOrderField.CLOSES_AT) ? CLOSES_AT : CREATED_AT;
		return new ListRequest(ListFilter.allOf(all.toArray(ListFilter[]::new)),
				List.of(Order.byNumber(by, effective.direction() == OrderDirection.DESC),
						Order.byUniqueShortKey(STORE_ID, true)),
				page.offset(), page.limit(), false);
	}

	/**
	 * Themes whose status at {@code now} is {@code status}, as {@link Theme#statusAt}
	 * reads it.
	 */
	private static ListFilter statusAt(ThemeStatus status, long now) {
		ListFilter open = ListFilter.keyword("status", ThemeStatus.OPEN.name());
		return switch (status) {
			case OPEN -> ListFilter.allOf(open, ListFilter.between(CLOSES_AT, now + 1, Long.MAX_VALUE));
			case CLOSED -> ListFilter.anyOf(ListFilter.keyword("status", ThemeStatus.CLOSED.name()),
					ListFilter.allOf(open, ListFilter.between(CLOSES_AT, Long.MIN_VALUE, now)));
			default -> ListFilter.keyword("status", status.name());
		};
	}

}
