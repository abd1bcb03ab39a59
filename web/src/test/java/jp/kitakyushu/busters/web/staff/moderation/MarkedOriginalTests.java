package jp.kitakyushu.busters.web.staff.moderation;

import java.util.List;

import jp.kitakyushu.busters.web.staff.moderation.MarkedOriginal.Finding;
import jp.kitakyushu.busters.web.staff.moderation.MarkedOriginal.Run;
import jp.kitakyushu.busters.web.staff.moderation.MarkedOriginal.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The original is cut at each finding, the findings are numbered title first in reading
 * order, and each says in words whether it waits for staff.
 */
class MarkedOriginalTests {

	private static final String TITLE = "相沢さんの家の前";

	private static final String BODY = "相沢から電話（090-1234-5678）。夜は暗い。";

	@Test
	void everyFindingIsMarkedAndNumberedInReadingOrder() {
		MarkedOriginal original = MarkedOriginal.of(TITLE, BODY,
				List.of(new Finding("BODY", "PHONE", 7, 20, "MASKED", false),
						new Finding("BODY", "PERSON_NAME", 0, 2, "FLAGGED", false),
						new Finding("TITLE", "PERSON_NAME", 0, 2, "FLAGGED", true)));
		assertThat(original.findings()).extracting(Span::number, Span::value, Span::key, Span::state)
			.containsExactly(tuple(1, "相沢", "TITLE:0:2", "FLAGGED_KEPT"), tuple(2, "相沢", "BODY:0:2", "WAITING"),
					tuple(3, "090-1234-5678", "BODY:7:20", "AUTO"));
		assertThat(original.title()).extracting(Run::text).containsExactly("相沢", "さんの家の前");
		assertThat(original.body()).extracting(Run::text).containsExactly("相沢", "から電話（", "090-1234-5678", "）。夜は暗い。");
		assertThat(original.body().get(0).span().style()).isEqualTo("finding--flagged");
		assertThat(original.body().get(2).span().style()).isEqualTo("finding--masked");
		assertThat(original.waiting()).isEqualTo(1);
	}

	@Test
	void aTextWithoutFindingsIsOneRunAndSpansOutsideTheTextAreLeftOut() {
		MarkedOriginal original = MarkedOriginal.of(TITLE, BODY,
				List.of(new Finding("TITLE", "PERSON_NAME", 5, 40, "MASKED", true)));
		assertThat(original.findings()).isEmpty();
		assertThat(original.title()).containsExactly(new Run(TITLE, null));
		assertThat(MarkedOriginal.of(TITLE, BODY, null).body()).containsExactly(new Run(BODY, null));
	}

}
