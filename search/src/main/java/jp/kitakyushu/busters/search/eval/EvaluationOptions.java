package jp.kitakyushu.busters.search.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.kitakyushu.busters.search.match.MatchSettings;
import jp.kitakyushu.busters.search.match.SuggestedMembers;
import org.jspecify.annotations.Nullable;

/**
 * Command-line options of {@link MatchingEvaluation}.
 *
 * @param train training rows
 * @param test test rows (the train file for cross-validation)
 * @param themes theme texts, optional
 * @param perLabel member rows per theme, -1 for all
 * @param folds folds when cross-validating
 * @param crossValidate whether to cross-validate
 * @param seed shuffle seed
 * @param json whether to print a JSON summary line
 * @param unlinked whether the training rows not taken as members are indexed as unlinked
 * problems (texts only), as the product's index holds problems no theme links to
 * @param suggested unlabelled training rows suggested as members per theme, 0 for none
 * @param settings overrides of matcher settings
 */
record EvaluationOptions(Path train, Path test, @Nullable Path themes, int perLabel, int folds, boolean crossValidate,
		long seed, boolean json, boolean unlinked, int suggested, Map<String, String> settings) {

	static final String USAGE = "usage: MatchingEvaluation --train FILE --test FILE [--themes FILE] [--per-label N] "
			+ "[--folds K] [--seed S] [--json] [--unlinked] [--suggested N] [--set name=value,...]";

	static EvaluationOptions parse(String[] args) {
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> settings = new LinkedHashMap<>();
		boolean json = false;
		boolean unlinked = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if ("--json".equals(arg)) {
				json = true;
				continue;
			}
			if ("--unlinked".equals(arg)) {
				unlinked = true;
				continue;
			}
			if (!arg.startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("unexpected argument " + arg);
			}
			String value = args[++i];
			if ("--set".equals(arg)) {
				parseSettings(value, settings);
				continue;
			}
			values.put(arg.substring(2), value);
		}
		if (!values.containsKey("train") || !values.containsKey("test")) {
			throw new IllegalArgumentException("--train and --test are required");
		}
		Path train = Path.of(values.get("train"));
		Path test = Path.of(values.get("test"));
		boolean same = train.toAbsolutePath().normalize().equals(test.toAbsolutePath().normalize());
		String perLabel = values.getOrDefault("per-label", "all");
		return new EvaluationOptions(train, test, values.containsKey("themes") ? Path.of(values.get("themes")) : null,
				"all".equals(perLabel) ? -1 : Integer.parseInt(perLabel),
				Integer.parseInt(values.getOrDefault("folds", String.valueOf(MatchingEvaluation.DEFAULT_FOLDS))),
				same || values.containsKey("folds"),
				Long.parseLong(values.getOrDefault("seed", String.valueOf(MatchingEvaluation.DEFAULT_SEED))), json,
				unlinked,
				Integer.parseInt(values.getOrDefault("suggested", String.valueOf(SuggestedMembers.DEFAULT_PER_THEME))),
				settings);
	}

	static void parseSettings(String value, Map<String, String> settings) {
		for (String pair : value.split(",")) {
			String[] parts = pair.split("=", 2);
			if (parts.length != 2) {
				throw new IllegalArgumentException("--set takes name=value pairs");
			}
			settings.put(parts[0].strip(), parts[1].strip());
		}
	}

	EvaluationOptions {
		if (!Files.isRegularFile(train)) {
			throw new IllegalArgumentException("no such file: " + train);
		}
		if (suggested < 0) {
			throw new IllegalArgumentException("--suggested must not be negative");
		}
	}

	MatchSettings apply(MatchSettings defaults) {
		MatchSettings result = defaults;
		for (Map.Entry<String, String> setting : this.settings.entrySet()) {
			result = result.with(setting.getKey(), setting.getValue());
		}
		return result;
	}

}
