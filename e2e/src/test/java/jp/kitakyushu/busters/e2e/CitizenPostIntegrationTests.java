package jp.kitakyushu.busters.e2e;

import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posting a problem in the browser: similar problems appear while typing, a field error
 * comes back next to its field with the input kept, the fixed form is received, and the
 * citizen finds the problem under My problems, waiting for review.
 */
@Order(11)
@ExtendWith(PlatformExtension.class)
class CitizenPostIntegrationTests {

	@Test
	void aCitizenFixesAFieldErrorPostsAndFindsTheProblemWaitingForReview() {
		String title = "公民館の駐輪場が暗い " + UUID.randomUUID().toString().substring(0, 8);
		try (Browser browser = Browser.japanese()) {
			browser.signIn("taro", Keycloak.DEMO_PASSWORD);
			browser.open("/my/problems/new");
			browser.byId("title").sendKeys(title);
			browser.driver().findElement(By.id("body")).sendKeys("夜になると駐輪場の足元が見えず、自転車を出すのが怖いです。");
			// With JavaScript, similar problems appear while typing (htmx,
			// after a pause), each with a way to say "me too" instead.
			assertThat(browser.visible(By.cssSelector("#similar-live h2")).getText()).isEqualTo("似ている困りごと");
			assertThat(browser.visible(By.cssSelector("#similar-live #similar-list li")).getText()).isNotBlank();
			new Select(browser.driver().findElement(By.id("category"))).selectByValue("DISASTER_SAFETY");
			browser.driver().findElement(By.id("post-check")).click();

			// No ward: the form comes back with the error next to the field, input kept.
			assertThat(browser.byId("ward-error").getText()).contains("区を選んでください");
			assertThat(browser.driver().getTitle()).startsWith("エラー:");
			assertThat(browser.driver().findElement(By.id("title")).getDomProperty("value")).isEqualTo(title);
			assertThat(browser.driver().findElement(By.id("ward")).getDomAttribute("aria-invalid")).isEqualTo("true");

			new Select(browser.driver().findElement(By.id("ward"))).selectByValue("TOBATA");
			browser.driver().findElement(By.id("post-check")).click();
			// The check page: the public preview, then posting.
			assertThat(browser.byId("preview-title").getText()).isEqualTo(title);
			browser.driver().findElement(By.id("post-submit")).click();

			assertThat(browser.byId("flash").getText()).contains("投稿を受け付けました");
			assertThat(browser.byId("problem-title").getText()).isEqualTo(title);
			assertThat(browser.text()).contains("確認待ち");
			browser.open("/my/problems");
			assertThat(browser.byId("my-problems").getText()).contains(title);
		}
	}

}
