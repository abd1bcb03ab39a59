package jp.kitakyushu.busters.api.privacy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists the detectors keep as text blocks (names, places), read as sets.
 */
final class WordLists {

	private WordLists() {
	}

	/** The block's words, split on any whitespace. */
	static Set<String> of(String block) {
		return Arrays.stream(block.split("\\s+"))
			.filter((word) -> !word.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

}
