package jp.kitakyushu.busters.api.theme;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Inputs for problems and themes, and reading user errors back, for the theme and
 * notification tests.
 */
public final class ThemeTestInputs {

	private ThemeTestInputs() {
	}

	/**
	 * A complete theme input: everything publishing needs, with a call window open from
	 * an hour before {@code now} for 30 days; {@code overrides} replace or add fields.
	 */
	public static Map<String, Object> themeInput(Instant now, List<String> problemIds, Object... overrides) {
		Map<String, Object> input = new HashMap<>();
		input.put("title", "高齢者のごみ出しを地域で支える仕組み");
		input.put("description", "ごみ出しが難しい高齢者を、地域の人や技術で支える提案を募集します。");
		input.put("category", "ELDERLY");
		input.put("problemIds", problemIds);
		input.put("expectedOutcomes", List.of("ごみ出し支援を受ける高齢者が増える", "職員の対応時間が減る"));
		input.put("budgetCap", 3_000_000L);
		input.put("opensAt", now.minus(Duration.ofHours(1)).toString());
		input.put("closesAt", now.plus(Duration.ofDays(30)).toString());
		input.put("criteria", List.of(Map.of("name", "実現可能性", "weight", 3, "description", "半年以内に実証できるか"),
				Map.of("name", "費用対効果", "weight", 2, "description", "費用に見合う効果があるか")));
		for (int i = 0; i < overrides.length; i += 2) {
			input.put((String) overrides[i], overrides[i + 1]);
		}
		return input;
	}

	/** The user errors of a payload as {@code field:CODE}, the field without "input". */
	public static List<String> errors(JsonNode userErrors) {
		return userErrors.valueStream().map((error) -> {
			JsonNode field = error.path("field");
			String name = field.isEmpty() ? "" : field.get(field.size() - 1).asString();
			return name + ":" + error.path("code").asString();
		}).toList();
	}

	/** A citizen's problem about elderly residents and garbage, with the given title. */
	public static Map<String, Object> problemInput(String title) {
		Map<String, Object> input = new HashMap<>();
		input.put("title", title);
		input.put("body", "一人暮らしの高齢者がごみを集積所まで運べず、家にごみが溜まっています。");
		input.put("category", "ELDERLY");
		input.put("ward", "YAHATA_NISHI");
		return input;
	}

}
