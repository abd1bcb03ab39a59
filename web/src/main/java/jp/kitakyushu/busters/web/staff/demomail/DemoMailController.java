package jp.kitakyushu.busters.web.staff.demomail;

import java.time.Instant;
import java.util.List;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.ConnectionPage;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The mail the demo's embedded mail server received, newest first, as plain text. Outside
 * the demo the page says there is no demo mail server.
 */
@Controller
class DemoMailController {

	static final int PAGE_SIZE = 10;

	private static final ConnectionPage LIST = new ConnectionPage("staff/demoMailbox", "demoMailbox.messages", "mails",
			Mail.class, "/staff/demo-mail", PAGE_SIZE);

	private final ApiClient api;

	DemoMailController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/staff/demo-mail")
	String mailbox(@RequestParam(name = "page", required = false) @Nullable Integer page, Model model) {
		ApiResult result = LIST.load(this.api, page, model);
		model.addAttribute("running", result.field("demoMailbox.running", Boolean.class).orElse(false));
		return "staff/demo-mail";
	}

	/**
	 * One received mail.
	 *
	 * @param sentAt when it was sent
	 * @param from the sender
	 * @param to the recipients
	 * @param subject the subject
	 * @param text the plain text
	 */
	record Mail(@Nullable Instant sentAt, String from, List<String> to, String subject, String text) {
	}

}
