package jp.kitakyushu.busters.web.visitor.problems;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list's URL parameters become the api's filter; values the api would not understand
 * are dropped instead of failing the page.
 */
class ProblemQueryTests {

	@Test
	void knownValuesBecomeTheFilter() {
		ProblemQuery query = new ProblemQuery(" バス ", "TRANSPORT", "MOJI", "ADOPTED", "supported", 2);
		assertThat(query.filter()).containsEntry("category", "TRANSPORT")
			.containsEntry("ward", "MOJI")
			.containsEntry("status", "ADOPTED");
		assertThat(query.words()).isEqualTo("バス");
		assertThat(query.searching()).isTrue();
		assertThat(query.mostSupported()).isTrue();
		assertThat(query.parameters()).containsEntry("order", "supported").doesNotContainKey("page");
	}

	@Test
	void unknownValuesAreDropped() {
		ProblemQuery query = new ProblemQuery(null, "not a code!", "ATLANTIS", "SUBMITTED", "random", null);
		assertThat(query.filter()).isEmpty();
		assertThat(query.searching()).isFalse();
		assertThat(query.mostSupported()).isFalse();
	}

	@Test
	void facetLinksChangeOneFilterAndStartAtTheFirstPage() {
		ProblemQuery narrowed = new ProblemQuery("バス", null, "MOJI", null, null, 4).with("category", "TRANSPORT");
		assertThat(narrowed.categoryCode()).isEqualTo("TRANSPORT");
		assertThat(narrowed.wardCode()).isEqualTo("MOJI");
		assertThat(narrowed.page()).isOne();
		assertThat(new ProblemQuery("あ".repeat(201), null, null, null, null, null).wordsTooLong()).isTrue();
	}

}
