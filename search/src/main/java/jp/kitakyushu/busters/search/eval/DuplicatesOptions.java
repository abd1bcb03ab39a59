package jp.kitakyushu.busters.search.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.kitakyushu.busters.search.match.MatchSettings;
import jp.kitakyushu.busters.search.match.SameProblemModel;
import org.jspecify.annotations.Nullable;

/**
 * Command-line options of the duplicates evaluation.
 *
 * @param duplicates the duplicates set
 * @param corpus the api's demo problems (a JSON array), published alongside, optional
 * @param json whether to print a JSON summary line
 * @param verbose whether to list the cases the matcher gets wrong (for a tuning set)
 * @param fit whether to fit the "same problem" model on this file (a tuning set) and
 * evaluate with it
 * @param model weights and bias of the "same problem" model to evaluate instead of the
 * defaults, or {@code null}
 * @param settings overrides of matcher settings
 */
record DuplicatesOptions(Path duplicates, @Nullable Path corpus, boolean json, boolean verbose, boolean fit,
		@Nullable SameProblemModel model, Map<String, String> settings) {

	static final String USAGE = "usage: MatchingEvaluation --duplicates FILE [--corpus DEMO_PROBLEMS_JSON] [--json] "
			+ "[--verbose] [--fit] [--model w1,...,wN,bias] [--set name=value,...]";

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
		boolean fit = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if ("--json".equals(arg) || "--verbose".equals(arg) || "--fit".equals(arg)) {
				json |= "--json".equals(arg);
				verbose |= "--verbose".equals(arg);
				fit |= "--fit".equals(arg);
				continue;
			}
			if (!arg.startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("unexpected argument " + arg);
			}
			String value = args[++i];
			if ("--set".equals(arg)) {
				EvaluationOptions.parseSettings(value, settings);
			}
			else if ("--duplicates".equals(arg) || "--corpus".equals(arg) || "--model".equals(arg)) {
				values.put(arg.substring(2), value);
			}
			else {
				throw new IllegalArgumentException("unexpected argument " + arg);
			}
		}
		return new DuplicatesOptions(Path.of(values.get("duplicates")),
				values.containsKey("corpus") ? Path.of(values.get("corpus")) : null, json, verbose, fit,
				values.containsKey("model") ? model(values.get("model")) : null, settings);
	}

	private static SameProblemModel model(String value) {
		String[] parts = value.split(",");
		if (parts.length != SameProblemModel.FEATURES.size() + 1) {
			throw new IllegalArgumentException(
					"--model takes " + SameProblemModel.FEATURES.size() + " weights and a bias, comma-separated");
		}
		float[] weights = new float[parts.length - 1];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = Float.parseFloat(parts[i].strip());
		}
		return new SameProblemModel(weights, Float.parseFloat(parts[parts.length - 1].strip()));
	}

	MatchSettings apply() {
		MatchSettings result = MatchSettings.defaults();
		for (Map.Entry<String, String> setting : this.settings.entrySet()) {
			result = result.with(setting.getKey(), setting.getValue());
		}
		return result;
	}

}
