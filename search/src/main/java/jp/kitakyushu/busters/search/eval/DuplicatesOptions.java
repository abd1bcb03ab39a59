package jp.kitakyushu.busters.search.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.kitakyushu.busters.search.match.MatchSettings;
import org.jspecify.annotations.Nullable;

/**
 * Command-line options of the duplicates evaluation.
 *
 * @param duplicates the duplicates set
 * @param corpus the api's demo problems (a JSON array), published alongside, optional
 * @param json whether to print a JSON summary line
 * @param verbose whether to list the cases the matcher gets wrong (for a tuning set)
 * @param settings overrides of matcher settings
 */
record DuplicatesOptions(Path duplicates, @Nullable Path corpus, boolean json, boolean verbose,
		Map<String, String> settings) {

	static final String USAGE = "usage: MatchingEvaluation --duplicates FILE [--corpus DEMO_PROBLEMS_JSON] [--json] "
			+ "[--verbose] [--set name=value,...]";

	DuplicatesOptions {
		if (!Files.isRegularFile(duplicates)) {
			throw new IllegalArgumentException("no such file: " + duplicates);
		}
		if (corpus != null && !Files.isRegularFile(corpus)) {
			throw new IllegalArgumentException("no such file: " + corpus);
		}
	}

	static boolean wanted(String[] args) {
		for (String arg : args) {
			if ("--duplicates".equals(arg)) {
				return true;
			}
		}
		return false;
	}

	static DuplicatesOptions parse(String[] args) {
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> settings = new LinkedHashMap<>();
		boolean json = false;
		boolean verbose = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if ("--json".equals(arg) || "--verbose".equals(arg)) {
				json |= "--json".equals(arg);
				verbose |= "--verbose".equals(arg);
				continue;
			}
			if (!arg.startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("unexpected argument " + arg);
			}
			String value = args[++i];
			if ("--set".equals(arg)) {
				EvaluationOptions.parseSettings(value, settings);
			}
			else if ("--duplicates".equals(arg) || "--corpus".equals(arg)) {
				values.put(arg.substring(2), value);
			}
			else {
				throw new IllegalArgumentException("unexpected argument " + arg);
			}
		}
		return new DuplicatesOptions(Path.of(values.get("duplicates")),
				values.containsKey("corpus") ? Path.of(values.get("corpus")) : null, json, verbose, settings);
	}

	MatchSettings apply() {
		MatchSettings result = MatchSettings.defaults();
		for (Map.Entry<String, String> setting : this.settings.entrySet()) {
			result = result.with(setting.getKey(), setting.getValue());
		}
		return result;
	}

}
