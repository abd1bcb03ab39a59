package jp.kitakyushu.busters.search.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonLinesTests {

	@Test
	void parsesFlatObjectsWithEscapes() {
		assertThat(JsonLines.parse("{\"id\": \"a\\\"b\", \"text\":\"改行\\nと\\u3042\\\\\", \"n\": 3, \"x\": null}"))
			.containsEntry("id", "a\"b")
			.containsEntry("text", "改行\nとあ\\")
			.containsEntry("n", "3")
			.containsEntry("x", "");
	}

	@Test
	void rejectsNestedAndTruncatedLines() {
		assertThatThrownBy(() -> JsonLines.parse("{\"a\": [1]}")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> JsonLines.parse("{\"a\": \"b")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("end of line");
	}

}
