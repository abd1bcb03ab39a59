package jp.kitakyushu.busters.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser for the page tests: Debian's headless chromium driven through Debian's
 * chromedriver (both paths explicit, so Selenium Manager never downloads anything),
 * Japanese by default like most of the city's users, with JavaScript on or off. Each
 * browser has its own profile, so cookies never leak between tests.
 * <p>
 * Every page test reuses it: {@link #open} a page, {@link #signIn} through Keycloak's
 * form, {@link Axe#check} the page, {@link #screenshot} it at 1280 and 360 px, and
 * {@link Keyboard} for journeys without a mouse.
 */
final class Browser implements AutoCloseable {

	static final String CHROMIUM = System.getenv().getOrDefault("BUSTERS_CHROMIUM", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getenv().getOrDefault("BUSTERS_CHROMEDRIVER", "/usr/bin/chromedriver");

	static final Duration WAIT = Duration.ofSeconds(20);

	static final int DESKTOP_WIDTH = 1280;

	static final int PHONE_WIDTH = 360;

	private final WebDriver driver;

	private final Path profile;

	private final boolean javascript;

	private Browser(WebDriver driver, Path profile, boolean javascript) {
		this.driver = driver;
		this.profile = profile;
		this.javascript = javascript;
	}

	/** A Japanese browser with JavaScript. */
	static Browser japanese() {
		return start("ja", true);
	}

	/** An English browser with JavaScript. */
	static Browser english() {
		return start("en", true);
	}

	/**
	 * A Japanese browser with JavaScript turned off, as some users and screen readers
	 * have it.
	 */
	static Browser withoutJavaScript() {
		return start("ja", false);
	}

	static Browser start(String language, boolean javascript) {
		assertThat(new File(CHROMIUM)).as("chromium (apt-get install chromium, or set BUSTERS_CHROMIUM)").canRead();
		assertThat(new File(CHROMEDRIVER))
			.as("chromedriver (apt-get install chromium-driver, or set BUSTERS_CHROMEDRIVER)")
			.canRead();
		try {
			Path profile = Files.createTempDirectory("busters-chromium");
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(CHROMEDRIVER))
				.usingAnyFreePort()
				.build();
			ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
				.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--disable-extensions",
						"--disable-default-apps", "--no-first-run", "--disable-dev-shm-usage",
						"--user-data-dir=" + profile, "--window-size=" + DESKTOP_WIDTH + ",900", "--lang=" + language,
						"--force-device-scale-factor=1", "--hide-scrollbars");
			Map<String, Object> prefs = new HashMap<>();
			// Keycloak picks its language from Accept-Language, which --lang alone does
			// not set in headless mode.
			prefs.put("intl.accept_languages", language.equals("ja") ? "ja,en" : "en,ja");
			if (!javascript) {
				prefs.put("profile.managed_default_content_settings.javascript", 2);
			}
			options.setExperimentalOption("prefs", prefs);
			return new Browser(new ChromeDriver(service, options), profile, javascript);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	WebDriver driver() {
		return this.driver;
	}

	boolean javascript() {
		return this.javascript;
	}

	/** Opens a page of the web by its path, e.g. {@code /problems?page=2}. */
	Browser open(String path) {
		this.driver.get(Platform.WEB.resolve(path).toString());
		return this;
	}

	WebDriverWait waitUp() {
		return new WebDriverWait(this.driver, WAIT);
	}

	/**
	 * Waits until this element's page has been replaced by the one that answered its
	 * form. Chromium reports a node of a page being torn down either as stale or as "does
	 * not belong to the document", so any refusal to read the element counts as gone.
	 */
	void waitUntilReplaced(WebElement element) {
		waitUp().until((driver) -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
	}

	WebElement visible(By by) {
		return waitUp().until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	WebElement byId(String id) {
		return visible(By.id(id));
	}

	String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	String url() {
		return this.driver.getCurrentUrl();
	}

	String source() {
		return this.driver.getPageSource();
	}

	/**
	 * Signs in from the web's header link through Keycloak's form, and waits to be back.
	 */
	Browser signIn(String username, String password) {
		open("/");
		byId("login").click();
		keycloakLogin(username, password);
		byId("logout");
		return this;
	}

	/** Fills Keycloak's login form, which the browser is on. */
	void keycloakLogin(String username, String password) {
		visible(By.id("username")).sendKeys(username);
		assertThat(url()).startsWith(Keycloak.ISSUER);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.id("kc-login")).click();
	}

	Browser signOut() {
		open("/");
		byId("logout").click();
		byId("login");
		return this;
	}

	/**
	 * Saves the page as it looks 1280 px and 360 px wide, whole, to
	 * {@code e2e/target/screenshots/<name>-1280.png} and {@code -360.png}.
	 */
	void screenshot(String name) {
		Dimension before = this.driver.manage().window().getSize();
		try {
			for (int width : new int[] { DESKTOP_WIDTH, PHONE_WIDTH }) {
				this.driver.manage().window().setSize(new Dimension(width, 900));
				long height = ((Number) ((JavascriptExecutor) this.driver).executeScript(
						"return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)"))
					.longValue();
				int wanted = (int) Math.min(Math.max(height, 600), 7000);
				this.driver.manage().window().setSize(new Dimension(width, wanted));
				// The window's frame takes some height: add it, so the footer shows.
				long inner = ((Number) ((JavascriptExecutor) this.driver).executeScript("return window.innerHeight"))
					.longValue();
				if (inner < wanted) {
					this.driver.manage().window().setSize(new Dimension(width, wanted + (int) (wanted - inner)));
				}
				save(name + "-" + width);
			}
		}
		finally {
			this.driver.manage().window().setSize(before);
		}
	}

	/** Saves the viewport as it is now, to {@code e2e/target/screenshots/<name>.png}. */
	void save(String name) {
		try {
			Path file = Launcher.root().resolve("e2e/target/screenshots/" + name + ".png");
			Files.createDirectories(file.getParent());
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Shows the page as the browser's zoom at this percentage shows it in a 1280 px
	 * window (at 200 %: 640 CSS pixels wide, each drawn twice as large), until
	 * {@link #unzoom}.
	 */
	void zoom(int percent) {
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", DESKTOP_WIDTH * 100 / percent, "height", 900 * 100 / percent, "deviceScaleFactor",
						percent / 100.0, "mobile", false));
	}

	/** Back to the window's own size and scale. */
	void unzoom() {
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	/** Whether the page is wider than the window, i.e. scrolls sideways. */
	boolean scrollsSideways() {
		return (Boolean) ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1");
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteQuietly(this.profile);
		}
	}

	private static void deleteQuietly(Path dir) {
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temporary profile is harmless.
		}
	}

}
