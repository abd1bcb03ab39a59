package jp.kitakyushu.busters.web.citizen.post;

import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.system.ApiClient;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Similar problems while a citizen types (htmx asks, debounced): a fragment of the
 * posting page. Without JavaScript the same list appears on the check page instead.
 */
@Controller
class SimilarLiveController {

	/** Too little text matches everything; wait for a few words. */
	static final int MIN_CHARACTERS = 4;

	private final ApiClient api;

	SimilarLiveController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/my/problems/new/similar")
	String similar(@RequestParam(name = "title", required = false) @Nullable String title,
			@RequestParam(name = "body", required = false) @Nullable String body, Model model) {
		String text = ProblemSubmission.similarityText(title, body);
		List<SimilarProblem> similar = (text.codePointCount(0, text.length()) < MIN_CHARACTERS) ? List.of()
				: PostPages.similar(this.api.execute("citizen/similarLive", Map.of("text", text)));
		PostPages.addSimilar(model, similar);
		model.addAttribute("asked", !text.isEmpty());
		return "citizen/post/similar :: live";
	}

}
