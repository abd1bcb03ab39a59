package jp.kitakyushu.busters.api.system.graphql;

import org.springframework.data.domain.Sort;

/**
 * The direction of an ordering input.
 */
public enum OrderDirection {

	/** Smallest or oldest first. */
	ASC,

	/** Largest or newest first. */
	DESC;

	/** The same direction for Spring Data. */
	public Sort.Direction toSort() {
		return (this == ASC) ? Sort.Direction.ASC : Sort.Direction.DESC;
	}

}
