package jp.kitakyushu.busters.search.query;

import java.util.List;
import java.util.Set;

import jp.kitakyushu.busters.search.DocumentType;

/**
 * What a listed document must satisfy: keyword values, number ranges, a piece of text,
 * and their combinations. Built by the static factories; a list applies it without
 * scoring.
 */
public sealed interface ListFilter {

	/**
	 * Documents of one of the types.
	 * @param types the types
	 * @return the filter
	 */
	static ListFilter type(DocumentType... types) {
		return new TypeIn(Set.of(types));
	}

	/**
	 * Documents whose keyword {@code key} ({@code category}, {@code ward},
	 * {@code status}, {@code tag} or an attribute name) has one of the values.
	 * @param key the keyword
	 * @param values accepted values
	 * @return the filter
	 */
	static ListFilter keyword(String key, String... values) {
		return new KeywordIn(key, Set.of(values));
	}

	/**
	 * Documents whose number lies between the bounds, both included.
	 * @param number the number's name
	 * @param min the lower bound
	 * @param max the upper bound
	 * @return the filter
	 */
	static ListFilter between(String number, long min, long max) {
		return new Between(number, min, max);
	}

	/**
	 * Documents whose stored title or text contains the text, ignoring case.
	 * @param text the text to find
	 * @return the filter
	 */
	static ListFilter containsText(String text) {
		return new ContainsText(text);
	}

	/**
	 * Documents satisfying every filter.
	 * @param filters the filters
	 * @return the filter
	 */
	static ListFilter allOf(ListFilter... filters) {
		return new AllOf(List.of(filters));
	}

	/**
	 * Documents satisfying any of the filters.
	 * @param filters the filters
	 * @return the filter
	 */
	static ListFilter anyOf(ListFilter... filters) {
		return new AnyOf(List.of(filters));
	}

	/**
	 * Document types.
	 *
	 * @param types accepted types
	 */
	record TypeIn(Set<DocumentType> types) implements ListFilter {
	}

	/**
	 * Keyword values.
	 *
	 * @param key the keyword
	 * @param values accepted values
	 */
	record KeywordIn(String key, Set<String> values) implements ListFilter {
	}

	/**
	 * A number range, bounds included.
	 *
	 * @param number the number's name
	 * @param min the lower bound
	 * @param max the upper bound
	 */
	record Between(String number, long min, long max) implements ListFilter {
	}

	/**
	 * A piece of the title or text.
	 *
	 * @param text the text
	 */
	record ContainsText(String text) implements ListFilter {
	}

	/**
	 * A conjunction.
	 *
	 * @param filters every filter must hold
	 */
	record AllOf(List<ListFilter> filters) implements ListFilter {
	}

	/**
	 * A disjunction.
	 *
	 * @param filters one filter must hold
	 */
	record AnyOf(List<ListFilter> filters) implements ListFilter {
	}

}
