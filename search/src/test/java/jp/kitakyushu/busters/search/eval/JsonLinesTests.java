package jp.kitakyushu.busters.search.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
			.hasMessageContaining("end of input");
	}

	@Test
	void readsAnArrayOfObjectsLeavingNestedValuesOut(@TempDir Path directory) throws IOException {
		Path file = Files.writeString(directory.resolve("problems.json"),
				"[{\"key\": \"p1\", \"location\": {\"lat\": 33.8}, \"tags\": [\"a\", \"b\"], \"votes\": 2.5},\n {\"key\": \"p2\"}]");
		assertThat(JsonLines.readArray(file)).hasSize(2)
			.first()
			.satisfies((first) -> assertThat(first).containsEntry("key", "p1")
				.containsEntry("location", "")
				.containsEntry("tags", "")
				.containsEntry("votes", "2.5"));
		Path notAnArray = Files.writeString(directory.resolve("object.json"), "{\"key\": \"p1\"}");
		assertThatThrownBy(() -> JsonLines.readArray(notAnArray)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("object.json");
	}

}
