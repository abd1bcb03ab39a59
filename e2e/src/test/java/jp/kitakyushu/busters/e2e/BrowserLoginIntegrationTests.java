package jp.kitakyushu.busters.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person signing in and out with a real browser (Debian's chromium, headless): the web
 * sends them to Keycloak, comes back with their name, and signing out ends the Keycloak
 * session too.
 */
@Order(4)
@ExtendWith(PlatformExtension.class)
class BrowserLoginIntegrationTests {

	private static final String CHROMIUM = System.getenv().getOrDefault("BUSTERS_CHROMIUM", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getenv()
		.getOrDefault("BUSTERS_CHROMEDRIVER", "/usr/bin/chromedriver");

	private static final Duration WAIT = Duration.ofSeconds(20);

	@TempDir
	Path profile;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		assertThat(new File(CHROMIUM)).as("chromium (apt-get install chromium, or set BUSTERS_CHROMIUM)").canRead();
		assertThat(new File(CHROMEDRIVER))
			.as("chromedriver (apt-get install chromium-driver, or set BUSTERS_CHROMEDRIVER)")
			.canRead();
		// Both paths are explicit, so Selenium Manager has nothing to look up or
		// download.
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
					"--user-data-dir=" + this.profile, "--window-size=1280,1024", "--lang=ja");
		// A Japanese browser, as most of the city's users have: Keycloak picks its
		// language
		// from Accept-Language, which --lang alone does not set in headless mode.
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja,en"));
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeBrowser(TestInfo test) throws IOException {
		if (this.browser != null) {
			Path screenshot = Launcher.root()
				.resolve("e2e/target/screenshots/" + test.getTestMethod().orElseThrow().getName() + ".png");
			Files.createDirectories(screenshot.getParent());
			Files.write(screenshot, ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
			this.browser.quit();
		}
	}

	@Test
	void citizenSignsInSeesTheirNameAndSignsOut() {
		WebDriverWait wait = new WebDriverWait(this.browser, WAIT);
		this.browser.get(Platform.WEB.toString());
		wait.until(ExpectedConditions.elementToBeClickable(By.id("login"))).click();

		signInOnKeycloak(wait, "hanako");

		WebElement userName = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
		assertThat(this.browser.getCurrentUrl()).startsWith(Platform.WEB.toString());
		assertThat(userName.getText()).contains("花子");

		this.browser.findElement(By.id("logout")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("login")));
		assertThat(this.browser.getCurrentUrl()).startsWith(Platform.WEB.toString());
		assertThat(this.browser.findElements(By.id("user-name"))).isEmpty();

		// The Keycloak session ended too: signing in again asks for the password again.
		this.browser.findElement(By.id("login")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
		assertThat(this.browser.getCurrentUrl()).startsWith(Keycloak.ISSUER);
	}

	@Test
	void aVisitorSearchesInJapaneseFromTheHomePageWithoutSigningIn() {
		WebDriverWait wait = new WebDriverWait(this.browser, WAIT);
		this.browser.get(Platform.WEB.toString());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-q"))).sendKeys("バス停");
		this.browser.findElement(By.id("home-search-button")).click();

		WebElement results = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-results")));
		assertThat(this.browser.getCurrentUrl()).contains("/search?q=");
		assertThat(results.findElements(By.tagName("li"))).isNotEmpty();
		// The words that matched are marked, and the demo's planted phone numbers stay
		// masked.
		assertThat(results.findElements(By.tagName("mark"))).isNotEmpty();
		assertThat(results.getText()).contains("バス").doesNotContainPattern("090-0000-\\d{4}");
	}

	private void signInOnKeycloak(WebDriverWait wait, String username) {
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
		assertThat(this.browser.getCurrentUrl()).startsWith(Keycloak.ISSUER);
		this.browser.findElement(By.id("password")).sendKeys(Keycloak.DEMO_PASSWORD);
		this.browser.findElement(By.id("kc-login")).click();
	}

}
