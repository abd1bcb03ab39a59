package jp.kitakyushu.busters.search.match;

import java.util.List;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.SearchDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English theme matching weighs a word by how few themes' curated problems use it: a word
 * every theme has says little about which theme a text belongs to.
 */
class ThemeDiscriminationIntegrationTests extends MatcherFixture {

	private static final String TEXT = "Sensor after sensor: sensor data, sensor power, sensor cost, sensor size, "
			+ "sensor drift, sensor noise and sensor calibration, out on the ocean.";

	@Override
	List<SearchDocument> documents() {
		return List.of(theme("t-ocean", "Ocean buoys"), theme("t-power", "Sensor grid", "Sensor sensor nodes"),
				theme("t-health", "Sensor patients"), theme("t-farm", "Sensor soil"));
	}

	private static SearchDocument theme(String id, String... context) {
		return SearchDocument.builder(id, DocumentType.THEME, START).title(id).context(List.of(context)).build();
	}

	@Test
	void aWordEveryThemeHasWeighsLessThanAWordOneThemeHas() {
		assertThat(this.matcher.themesFor(TEXT, 3)).extracting(Match::id).first().isEqualTo("t-ocean");
	}

	@Test
	void withoutTheWeightTheRepeatedCommonWordWins() {
		Matcher plain = new Matcher(this.index, MatchSettings.defaults().with("themeDiscrimination", "0"));
		assertThat(plain.themesFor(TEXT, 3)).extracting(Match::id).first().isEqualTo("t-power");
	}

	@Test
	void japaneseTextsKeepTheirWeights() {
		Matcher plain = new Matcher(this.index, MatchSettings.defaults().with("themeDiscrimination", "0"));
		String text = "センサーの sensor network と ocean の観測";
		assertThat(this.matcher.themesFor(text, 3)).extracting(Match::id)
			.isEqualTo(plain.themesFor(text, 3).stream().map(Match::id).toList());
	}

}
