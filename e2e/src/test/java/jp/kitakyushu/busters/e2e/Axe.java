package jp.kitakyushu.busters.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deque's axe-core in the real browser, against WCAG 2.0, 2.1 and 2.2 A and AA: a page
 * passes with no serious and no critical violation. Each run's findings (of every impact)
 * are written to {@code e2e/target/axe/<name>.txt} for reading.
 */
final class Axe {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private Axe() {
	}

	/**
	 * Runs axe on the page the browser shows and fails on serious or critical findings.
	 */
	static void check(Browser browser, String name) {
		Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver());
		assertThat(results.getErrorMessage()).as("axe could not run on %s", name).isNull();
		List<Rule> violations = results.getViolations();
		write(name, browser.url(), violations);
		List<Rule> blocking = violations.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		assertThat(blocking)
			.as("serious or critical accessibility violations on %s (%s):%n%s", name, browser.url(), describe(blocking))
			.isEmpty();
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map((rule) -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n"
					+ rule.getNodes()
						.stream()
						.map((node) -> "    " + node.getTarget() + " " + node.getHtml())
						.collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

	private static void write(String name, String url, List<Rule> violations) {
		try {
			Path file = Launcher.root().resolve("e2e/target/axe/" + name + ".txt");
			Files.createDirectories(file.getParent());
			Files.writeString(file, url + "\n" + (violations.isEmpty() ? "no violations\n" : describe(violations)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
