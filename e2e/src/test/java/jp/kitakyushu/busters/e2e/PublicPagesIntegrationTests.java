package jp.kitakyushu.busters.e2e;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages do what they show, with JavaScript off and the keyboard alone:
 * problems filtered by ward and ordered by support, pages that follow on, the plain list
 * counted by category and search results by ward, where a count is what choosing it
 * lists; a problem with its timeline, themes, what became of it and similar problems; a
 * theme with its criteria, cap, time left, source problems and selected proposals; the
 * fund's figures; and every list item links to its page.
 */
@Order(12)
@ExtendWith(PlatformExtension.class)
class PublicPagesIntegrationTests {

	private static final Pattern TOTAL = Pattern.compile("全(\\d+)件中 (\\d+)–(\\d+)件目");

	private static final Pattern SUPPORTERS = Pattern.compile("わたしも (\\d+)人");

	@Test
	void problemsAreFilteredOrderedCountedAndPaged() {
		try (Browser browser = Browser.withoutJavaScript()) {
			Keyboard keys = new Keyboard(browser);
			browser.open("/problems");
			int all = total(browser);
			assertThat(all).isGreaterThan(20);
			assertThat(items(browser)).hasSize(20);
			List<String> firstPage = titles(browser);
			keys.pressAndAwait("pager-next");
			assertThat(browser.byId("list-summary").getText()).contains("21–");
			assertThat(titles(browser)).doesNotContainAnyElementsOf(firstPage);

			browser.open("/problems");
			keys.choose("ward", "KOKURA_MINAMI").choose("order", "supported").pressAndAwait("filter-button");
			assertThat(browser.url()).contains("ward=KOKURA_MINAMI").contains("order=supported");
			int inWard = total(browser);
			assertThat(inWard).isPositive().isLessThan(all);
			List<Integer> supporters = items(browser).stream().map((item) -> {
				assertThat(item.getText()).contains("小倉南区");
				Matcher count = SUPPORTERS.matcher(item.getText());
				assertThat(count.find()).as(item.getText()).isTrue();
				return Integer.parseInt(count.group(1));
			}).toList();
			assertThat(supporters).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
			for (WebElement link : browser.byId("problem-list").findElements(By.cssSelector("a.problem-title"))) {
				assertThat(link.getDomAttribute("href")).startsWith("/problems/");
			}

			// Without words the plain list counts too: the category counts add up to the
			// list's total, and a category's count is what its link lists, keyboard only.
			browser.open("/problems");
			List<WebElement> categories = browser.byId("facets")
				.findElements(By.xpath(".//div[h3[normalize-space()='分野']]//a"));
			assertThat(categories).hasSizeGreaterThan(1);
			Pattern counted = Pattern.compile("^(\\S+) \\((\\d+)件\\)$");
			int sum = 0;
			for (WebElement category : categories) {
				Matcher count = counted.matcher(category.getText().replaceAll("\\s+", " "));
				assertThat(count.find()).as(category.getText()).isTrue();
				sum += Integer.parseInt(count.group(2));
			}
			assertThat(sum).isEqualTo(all);
			assertThat(browser.byId("facets").getText()).contains("区", "状態");
			browser.screenshot("problems-facets");
			WebElement categoryFacet = categories.get(categories.size() - 1);
			Matcher chosen = counted.matcher(categoryFacet.getText().replaceAll("\\s+", " "));
			assertThat(chosen.find()).isTrue();
			keys.pressAndAwait(categoryFacet);
			assertThat(browser.url()).contains("category=");
			assertThat(total(browser)).isEqualTo(Integer.parseInt(chosen.group(2)));
			assertThat(browser.byId("facets").findElement(By.cssSelector("a[aria-current=true]")).getText())
				.contains(chosen.group(1));
			items(browser).forEach((item) -> assertThat(item.getText()).contains(chosen.group(1)));

			// Searching with words counts the results by ward; a ward's count is what
			// choosing it lists.
			browser.open("/problems?q=%E3%83%90%E3%82%B9");
			WebElement wardFacet = browser.byId("facets")
				.findElement(By.xpath(".//div[h3[normalize-space()='区']]//a[not(@aria-current)]"));
			String facetText = wardFacet.getText().replaceAll("\\s+", " ");
			Matcher facet = Pattern.compile("^(\\S+) \\((\\d+)件\\)$").matcher(facetText);
			assertThat(facet.find()).as(facetText).isTrue();
			keys.press(wardFacet);
			assertThat(total(browser)).isEqualTo(Integer.parseInt(facet.group(2)));
			assertThat(browser.byId("facets")
				.findElement(By.cssSelector("a[aria-current=true]"))
				.getText()
				.replaceAll("\\s+", " ")).isEqualTo(facetText);
			items(browser).forEach((item) -> assertThat(item.getText()).contains(facet.group(1)));
		}
	}

	@Test
	void aResolvedProblemShowsItsStoryAndWhatBecameOfIt() {
		String resolved = Api.id("{ problems(first: 1, filter: { status: RESOLVED }) { nodes { id } } }", "problems",
				"nodes", "0", "id");
		try (Browser browser = Browser.withoutJavaScript()) {
			browser.open("/problems/" + resolved);
			assertThat(browser.byId("problem-status").getText()).contains("解決");
			assertThat(browser.byId("timeline").getText()).contains("投稿されました", "実証によって解決しました");
			assertThat(browser.byId("supporter-count").getText()).contains("人");
			assertThat(browser.byId("problem-themes").findElements(By.cssSelector("a[href^='/themes/']"))).isNotEmpty();
			assertThat(browser.text()).contains("基金が支えた実証で解決しました");
			assertThat(browser.byId("problem-proposals").getText()).isNotBlank();
			assertThat(browser.byId("similar-problems").findElements(By.cssSelector("a[href^='/problems/']")))
				.isNotEmpty();
		}
	}

	@Test
	void anOpenThemeShowsItsTermsAndAnAwardedOneItsSelectedProposals() {
		String open = Api.id("{ themes(first: 1, filter: { status: OPEN }) { nodes { id } } }", "themes", "nodes", "0",
				"id");
		String awarded = Api.id("{ themes(first: 1, filter: { status: AWARDED }) { nodes { id } } }", "themes", "nodes",
				"0", "id");
		try (Browser browser = Browser.withoutJavaScript()) {
			browser.open("/themes");
			assertThat(browser.byId("theme-list").findElements(By.cssSelector("a[href='/themes/" + open + "']")))
				.isNotEmpty();
			new Keyboard(browser)
				.press(browser.byId("theme-list").findElement(By.cssSelector("a[href='/themes/" + open + "']")));
			assertThat(browser.byId("theme-title").getText()).isNotBlank();
			assertThat(browser.byId("time-left").getText()).startsWith("(あと");
			assertThat(browser.byId("theme-facts").getText()).containsPattern("[0-9,]+円");
			assertThat(browser.byId("criteria").findElements(By.cssSelector("tbody tr"))).isNotEmpty();
			assertThat(browser.byId("criteria").getText()).containsPattern("\\d+[（(]\\d+%[）)]");
			assertThat(browser.byId("theme-problems").findElements(By.cssSelector("a[href^='/problems/']")))
				.isNotEmpty();

			browser.open("/themes/" + awarded);
			List<WebElement> proposals = browser.byId("selected-proposals").findElements(By.xpath("./li"));
			assertThat(proposals).isNotEmpty();
			assertThat(proposals.get(0).findElement(By.tagName("h3")).getText()).isNotBlank();
			assertThat(proposals.get(0).findElement(By.xpath("./p")).getText()).isNotBlank();
		}
	}

	@Test
	void theHomeAndFundPagesShowTheProgrammesFigures() {
		try (Browser browser = Browser.withoutJavaScript()) {
			browser.open("/");
			assertThat(browser.byId("figures").getText()).contains("公開中の困りごと").containsPattern("[0-9,]+円");
			List<WebElement> themes = browser.byId("open-themes").findElements(By.cssSelector("a[href^='/themes/']"));
			assertThat(themes).isNotEmpty();
			assertThat(browser.byId("open-themes").getText()).contains("締切");
			assertThat(browser.byId("recent-problems").findElements(By.cssSelector("a[href^='/problems/']")))
				.isNotEmpty();

			browser.open("/fund");
			assertThat(browser.byId("contributions").findElements(By.cssSelector("tbody tr"))).isNotEmpty();
			assertThat(browser.byId("allocations").getText()).containsPattern("[0-9,]+円");
			assertThat(browser.byId("allocations").findElements(By.cssSelector("a[href^='/themes/']"))).isNotEmpty();
		}
	}

	private static int total(Browser browser) {
		Matcher summary = TOTAL.matcher(browser.byId("list-summary").getText());
		assertThat(summary.find()).as(browser.byId("list-summary").getText()).isTrue();
		return Integer.parseInt(summary.group(1));
	}

	private static List<WebElement> items(Browser browser) {
		return browser.byId("problem-list").findElements(By.xpath("./li"));
	}

	private static List<String> titles(Browser browser) {
		return items(browser).stream().map((item) -> item.findElement(By.tagName("h2")).getText()).toList();
	}

}
