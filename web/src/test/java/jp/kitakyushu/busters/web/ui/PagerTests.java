package jp.kitakyushu.busters.web.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbered pages over cursor lists: the cursor for a page, the item range, the links with
 * the list's other parameters, and the numbers around the current page.
 */
class PagerTests {

	@Test
	void theFirstPageNeedsNoCursorAndLaterPagesStartAfterTheLastItemBefore() {
		assertThat(Pager.after(1, 20)).isNull();
		String cursor = Pager.after(3, 20);
		assertThat(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)).isEqualTo("o:39");
	}

	@Test
	void badPageNumbersMeanTheFirstPage() {
		assertThat(Pager.page(null)).isOne();
		assertThat(Pager.page(0)).isOne();
		assertThat(Pager.page(-5)).isOne();
		assertThat(Pager.page(Pager.MAX_PAGE + 1)).isOne();
		assertThat(Pager.page(7)).isEqualTo(7);
	}

	@Test
	void linksKeepTheListsParametersAndEncodeThem() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("q", "バス停 屋根");
		parameters.put("ward", "");
		Pager pager = new Pager(2, 20, 67, "/problems", parameters);
		assertThat(pager.url(1)).isEqualTo("/problems?q=%E3%83%90%E3%82%B9%E5%81%9C%20%E5%B1%8B%E6%A0%B9");
		assertThat(pager.url(3)).endsWith("&page=3");
		assertThat(pager.pageCount()).isEqualTo(4);
		assertThat(pager.firstItem()).isEqualTo(21);
		assertThat(pager.lastItem()).isEqualTo(40);
		assertThat(pager.hasPrevious()).isTrue();
		assertThat(pager.hasNext()).isTrue();
	}

	@Test
	void numbersShowTheEndsAndTheNeighboursWithGaps() {
		assertThat(new Pager(10, 10, 200, "/p", Map.of()).numbers()).containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 20);
		assertThat(new Pager(1, 10, 30, "/p", Map.of()).numbers()).containsExactly(1, 2, 3);
		assertThat(new Pager(1, 10, 0, "/p", Map.of()).needed()).isFalse();
		assertThat(new Pager(1, 10, 0, "/p", Map.of()).firstItem()).isZero();
	}

}
