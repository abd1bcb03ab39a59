package jp.kitakyushu.busters.search.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatchingEvaluationTests {

	@TempDir
	Path directory;

	@Test
	void crossValidatesAndPrintsAJsonSummary() throws IOException {
		String output = runOnTwoThemes("--json");
		String[] printed = output.strip().split("\n");
		assertThat(printed[0]).contains("n=10", "5-fold cross-validation");
		assertThat(output).doesNotContain("unlinked");
		assertThat(printed[printed.length - 1]).matches(
				"\\{\"n\":10,\"ours\":\\{\"recall1\":1\\.0000,\"recall3\":1\\.0000,\"mrr\":1\\.0000},\"baseline\":\\{.*}}");
	}

	@Test
	void indexesTheRowsNotTakenAsMembersAsUnlinkedProblems() throws IOException {
		String output = runOnTwoThemes("--unlinked");
		// Each fold trains on 8 rows, 4 per theme, and takes 2 per theme as members.
		assertThat(output).contains("unlinked: 20 training rows");
	}

	/**
	 * Runs the evaluation on ten rows of two themes, two rows per theme as members, with
	 * more options.
	 */
	private String runOnTwoThemes(String... options) throws IOException {
		Path rows = this.directory.resolve("rows.jsonl");
		Path themes = this.directory.resolve("themes.jsonl");
		writeRowsAndThemes(rows, themes);
		List<String> args = new ArrayList<>(List.of("--train", rows.toString(), "--test", rows.toString(), "--themes",
				themes.toString(), "--per-label", "2"));
		args.addAll(List.of(options));
		return run(args.toArray(String[]::new));
	}

	private static void writeRowsAndThemes(Path rows, Path themes) throws IOException {
		List<String> lines = new ArrayList<>();
		String[] waste = { "ごみ出しが大変", "ゴミの分別が難しい", "粗大ごみの回収", "ごみ集積所が遠い", "不法投棄のごみ" };
		String[] bus = { "バスが来ない", "バス停に屋根がない", "バスの本数が少ない", "路線バスが廃止", "バスの時刻表が見にくい" };
		for (int i = 0; i < 5; i++) {
			lines.add("{\"id\":\"w" + i + "\",\"text\":\"" + waste[i] + "\",\"label\":\"waste\",\"source\":\"t\"}");
			lines.add("{\"id\":\"b" + i + "\",\"text\":\"" + bus[i] + "\",\"label\":\"bus\",\"source\":\"t\"}");
		}
		Files.write(rows, lines, StandardCharsets.UTF_8);
		Files.write(themes,
				List.of("{\"label\":\"waste\",\"title\":\"ごみ\",\"description\":\"ごみ出しと分別\",\"source\":\"t\"}",
						"{\"label\":\"bus\",\"title\":\"バス\",\"description\":\"バスと公共交通\",\"source\":\"t\"}"),
				StandardCharsets.UTF_8);
	}

	@Test
	void suggestsRowsNotTakenAsMembersToTheThemesTheyMatchMostClearly() throws IOException {
		String output = runOnTwoThemes("--json");
		// Each fold's 4 unlabelled rows are each suggested to the one theme they match.
		assertThat(output).contains("suggested: 20 of the training rows not taken as members");
		assertThat(runOnTwoThemes("--suggested", "0")).doesNotContain("suggested:");
	}

	@Test
	void aNegativeNumberOfSuggestionsIsRefused() {
		assertThatThrownBy(() -> run("--train", "pom.xml", "--test", "pom.xml", "--suggested", "-1"))
			.hasMessageContaining("--suggested");
	}

	@Test
	void themeTextAloneNeedsThemes() {
		assertThatThrownBy(() -> run("--train", "pom.xml", "--test", "pom.xml", "--per-label", "0"))
			.hasMessageContaining("--themes");
	}

	private static String run(String... args) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new MatchingEvaluation(EvaluationOptions.parse(args), new PrintStream(bytes, true, StandardCharsets.UTF_8))
			.run();
		return bytes.toString(StandardCharsets.UTF_8);
	}

}
