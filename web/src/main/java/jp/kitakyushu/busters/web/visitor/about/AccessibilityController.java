package jp.kitakyushu.busters.web.visitor.about;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement: the conformance claim against JIS X 8341-3:2016 (WCAG 2.0)
 * and WCAG 2.2 level AA, how it was tested and when, and what is known not to work.
 */
@Controller
class AccessibilityController {

	private final LocalDate testedOn;

	AccessibilityController(@Value("${busters.accessibility.tested-on}") LocalDate testedOn) {
		this.testedOn = testedOn;
	}

	@GetMapping("/accessibility")
	String statement(Model model) {
		model.addAttribute("testedOn", this.testedOn);
		return "visitor/accessibility";
	}

}
