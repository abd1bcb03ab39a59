package jp.kitakyushu.busters.web.company.proposals;

import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Loads a proposal for the company pages, and keeps the confidentiality rule in one
 * place: a proposal that is not one of my organisations' (another company's, even a
 * selected one whose title the public may read) is "not found", with exactly the page an
 * id that exists nowhere gets, so a page never tells whether an id is someone else's.
 */
@Component
class OurProposals {

	private final ApiClient api;

	OurProposals(ApiClient api) {
		this.api = api;
	}

	/** The proposal, or empty when the api does not answer at all. */
	Optional<ProposalView> load(String id) {
		ApiResult result = this.api.execute("company/proposal", Map.of("id", id));
		if (!result.available()) {
			return Optional.empty();
		}
		return Optional.of(result.field("node", ProposalView.class)
			.filter(ProposalView::ours)
			.orElseThrow(OurProposals::notFound));
	}

	/**
	 * The proposal if it is ours, without failing when it is not: for a form sent by
	 * someone who has left the organisation meanwhile, whose input stays on the page.
	 */
	Lookup lookup(String id) {
		ApiResult result = this.api.execute("company/proposal", Map.of("id", id));
		return new Lookup(result.available(),
				result.field("node", ProposalView.class).filter(ProposalView::ours).orElse(null));
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/**
	 * A proposal looked up.
	 *
	 * @param available whether the api answered
	 * @param proposal the proposal, when it is ours
	 */
	record Lookup(boolean available, @Nullable ProposalView proposal) {
	}

}
