package jp.kitakyushu.busters.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Drives a page with the keyboard alone: Tab until an element has the focus (proving it
 * can be reached), then type, choose or press Enter on whatever is focused. Nothing here
 * clicks.
 */
final class Keyboard {

	private static final int MAX_TABS = 150;

	private final Browser browser;

	Keyboard(Browser browser) {
		this.browser = browser;
	}

	/** Presses Tab until the element with this id has the focus. */
	Keyboard tabTo(String id) {
		return tabTo(this.browser.driver().findElement(By.id(id)));
	}

	/** Presses Tab until this element has the focus. */
	Keyboard tabTo(WebElement target) {
		for (int i = 0; i < MAX_TABS; i++) {
			if (target.equals(focused())) {
				return this;
			}
			new Actions(this.browser.driver()).sendKeys(Keys.TAB).perform();
		}
		return fail("%s cannot be reached with Tab on %s", target.getText(), this.browser.url());
	}

	/** Tabs to the link with this text and presses Enter. */
	Keyboard follow(String linkText) {
		tabTo(this.browser.driver().findElement(By.linkText(linkText)));
		focused().sendKeys(Keys.ENTER);
		return this;
	}

	/**
	 * Tabs to a link or button and presses Enter. Without JavaScript a form's button or a
	 * link to another page always loads a new page; Enter may return before it arrives (a
	 * full run once read a field from the page that sent the form), so this waits for it.
	 */
	Keyboard press(WebElement target) {
		boolean loadsAPage = !this.browser.javascript() && loadsAPage(target);
		tabTo(target);
		focused().sendKeys(Keys.ENTER);
		if (loadsAPage) {
			this.browser.waitUntilReplaced(target);
		}
		return this;
	}

	private static boolean loadsAPage(WebElement target) {
		String tag = target.getTagName();
		if (tag.equals("a")) {
			String href = target.getDomAttribute("href");
			return href != null && !href.startsWith("#") && target.getDomAttribute("target") == null;
		}
		String type = target.getDomAttribute("type");
		boolean submits = (tag.equals("button") && (type == null || type.equals("submit")))
				|| (tag.equals("input") && "submit".equals(type));
		return submits && (target.getDomAttribute("form") != null
				|| !target.findElements(By.xpath("ancestor::form")).isEmpty());
	}

	/** Tabs to a field and types into it. */
	Keyboard type(String id, String text) {
		tabTo(id);
		focused().sendKeys(text);
		return this;
	}

	/** Tabs to a field, empties it with the keyboard, and types into it. */
	Keyboard replace(String id, String text) {
		tabTo(id);
		focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		focused().sendKeys(text);
		return this;
	}

	/**
	 * Tabs to a select and moves through its options with the arrow keys until one is
	 * chosen.
	 */
	Keyboard choose(String id, String value) {
		tabTo(id);
		Select select = new Select(focused());
		for (int i = 0; i < 40; i++) {
			if (value.equals(select.getFirstSelectedOption().getDomAttribute("value"))) {
				return this;
			}
			focused().sendKeys(Keys.ARROW_DOWN);
		}
		return fail("option %s of #%s cannot be chosen with the arrow keys", value, id);
	}

	/**
	 * Tabs to a button or link and presses Enter (waiting as {@link #press(WebElement)}).
	 */
	Keyboard press(String id) {
		return press(this.browser.driver().findElement(By.id(id)));
	}

	/**
	 * Presses Enter on a link or a form's button and waits for the page that answers:
	 * Enter may return before the answer arrives (seen in full runs), and what is read
	 * next must come from the new page, not the one that sent the request.
	 */
	Keyboard pressAndAwait(String id) {
		return pressAndAwait(this.browser.byId(id));
	}

	/** Presses Enter on a link or a form's button and waits for the page that answers. */
	Keyboard pressAndAwait(WebElement target) {
		boolean waited = !this.browser.javascript() && loadsAPage(target);
		press(target);
		if (!waited) {
			this.browser.waitUntilReplaced(target);
		}
		return this;
	}

	/** Tabs to a checkbox and presses Space. */
	Keyboard toggle(String id) {
		tabTo(id);
		focused().sendKeys(Keys.SPACE);
		return this;
	}

	/** Tabs to an element and checks that its focus ring shows (a 4 px outline). */
	Keyboard assertFocusVisible(String id) {
		tabTo(id);
		String width = focused().getCssValue("outline-width");
		assertThat(width).as("focus outline of #%s", id).isEqualTo("4px");
		return this;
	}

	WebElement focused() {
		return this.browser.driver().switchTo().activeElement();
	}

}
