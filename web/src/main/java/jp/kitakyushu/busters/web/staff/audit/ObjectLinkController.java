package jp.kitakyushu.busters.web.staff.audit;

import java.util.Map;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;

/**
 * Opens the staff page of any object the audit trail names: problems, themes, proposals
 * and companies have their own; evaluations and outcome records open their proposal;
 * ledger entries open the fund; anything else, its own trail.
 */
@Controller
class ObjectLinkController {

	private final ApiClient api;

	ObjectLinkController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/staff/objects/{id}")
	String open(@PathVariable String id) {
		ApiResult result = this.api.execute("staff/objectLink", Map.of("id", id));
		Node node = result.field("node", Node.class).orElse(null);
		String encoded = UriUtils.encodePathSegment(id, "UTF-8");
		if (node == null) {
			return "redirect:/staff/audit?entity=" + encoded;
		}
		return "redirect:" + switch (node.__typename()) {
			case "Problem" -> "/staff/problems/" + encoded;
			case "Theme" -> "/staff/themes/" + encoded;
			case "Proposal" -> "/staff/proposals/" + encoded;
			case "Company" -> "/staff/companies/" + encoded;
			case "FundEntry" -> "/staff/fund#ledger";
			case "Evaluation", "OutcomeReport",
					"OutcomeMetrics" ->
				(node.proposal() != null)
						? ("Evaluation".equals(node.__typename()) ? "/staff/proposals/" : "/staff/outcomes/")
								+ UriUtils.encodePathSegment(node.proposal().id(), "UTF-8")
						: "/staff/audit?entity=" + encoded;
			default -> "/staff/audit?entity=" + encoded;
		};
	}

	/**
	 * The object.
	 *
	 * @param __typename its type
	 * @param id its global id
	 * @param proposal the proposal it belongs to, for evaluations and outcome records
	 */
	record Node(String __typename, String id, @Nullable Ref proposal) {
	}

	/**
	 * A proposal.
	 *
	 * @param id its global id
	 */
	record Ref(String id) {
	}

}
