package jp.kitakyushu.busters.api.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.company.Company;
import jp.kitakyushu.busters.api.company.CompanyQueries;
import jp.kitakyushu.busters.api.company.CompanyStatus;
import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.problem.ProblemQueries;
import jp.kitakyushu.busters.api.problem.ProblemStatus;
import jp.kitakyushu.busters.api.proposal.Milestone;
import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.proposal.ProposalStatus;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeQueries;
import jp.kitakyushu.busters.api.theme.ThemeStatus;
import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.SearchDocument;

/**
 * Turns domain objects into search documents. The index holds only what its readers may
 * see: problems with personal data masked, a selected proposal's public title and summary
 * in a document of its own, and the confidential text of a proposal in a document only
 * its company and staff can reach.
 */
final class SearchDocuments {

	/** Suffix of the public document of a selected proposal. */
	static final String PUBLIC_SUFFIX = "#public";

	private static final List<ProposalStatus> PUBLIC_PROPOSALS = List.of(ProposalStatus.SELECTED,
			ProposalStatus.IN_PROGRESS, ProposalStatus.COMPLETED);

	private SearchDocuments() {
	}

	static SearchDocument problem(Problem problem) {
		String[] readers = switch (problem.getStatus()) {
			case PUBLISHED, ADOPTED, RESOLVED -> new String[] { Readers.PUBLIC, Readers.STAFF };
			// A merged duplicate is kept out of similarity results: its original stands
			// for it.
			case MERGED -> new String[] { Readers.STAFF };
			default ->
				(problem.getSubmitter() != null) ? new String[] { Readers.STAFF, Readers.user(problem.getSubmitter()) }
						: new String[] { Readers.STAFF };
		};
		SearchDocument.Builder builder = SearchDocument
			.builder(GlobalId.encode(ProblemQueries.TYPE, problem.getId()), DocumentType.PROBLEM,
					problem.getUpdatedAt())
			.title(problem.getPublicTitle())
			.text(problem.getPublicBody())
			.category(problem.getCategory())
			.ward(problem.getWard().name())
			.status(problem.getStatus().name())
			.attribute(Readers.ATTRIBUTE, readers);
		if (problem.getStatus() == ProblemStatus.ADOPTED || problem.getStatus() == ProblemStatus.RESOLVED) {
			builder.attribute(SearchDocument.THEME_ID,
					problem.getThemeIds()
						.stream()
						.map((id) -> GlobalId.encode(ThemeQueries.TYPE, id))
						.toArray(String[]::new));
		}
		return builder.build();
	}

	/**
	 * A theme, with the masked text of its source problems as context: matched against,
	 * never shown.
	 */
	static SearchDocument theme(Theme theme, Map<String, Problem> problems) {
		List<String> context = new ArrayList<>();
		for (String id : theme.getSourceProblemIds()) {
			Problem problem = problems.get(id);
			if (problem != null) {
				context.add(problem.getPublicTitle() + "\n" + problem.getPublicBody());
			}
		}
		String[] readers = (theme.getStatus() == ThemeStatus.DRAFT) ? new String[] { Readers.STAFF }
				: new String[] { Readers.PUBLIC, Readers.STAFF };
		return SearchDocument
			.builder(GlobalId.encode(ThemeQueries.TYPE, theme.getId()), DocumentType.THEME, theme.getUpdatedAt())
			.title(theme.getTitle())
			.text(theme.getDescription() + "\n" + String.join("\n", theme.getExpectedOutcomes()))
			.context(context)
			.category(theme.getCategory())
			.status(theme.getStatus().name())
			.attribute(Readers.ATTRIBUTE, readers)
			.build();
	}

	/**
	 * The confidential document of a proposal, and its public one once it is selected.
	 */
	static List<SearchDocument> proposal(Proposal proposal) {
		String id = GlobalId.encode(ProposalQueries.TYPE, proposal.getId());
		List<String> readers = new ArrayList<>(List.of(Readers.company(proposal.getCompanyId())));
		if (proposal.getStatus() != ProposalStatus.DRAFT) {
			readers.add(Readers.STAFF);
		}
		Instant updatedAt = proposal.getUpdatedAt();
		List<SearchDocument> documents = new ArrayList<>();
		documents.add(SearchDocument.builder(id, DocumentType.PROPOSAL, updatedAt)
			.title(proposal.getTitle())
			.text(proposal.getSummary() + "\n" + proposal.getApproach())
			.tags(proposal.getMilestones().stream().map(Milestone::title).toList())
			.status(proposal.getStatus().name())
			.attribute(Readers.ATTRIBUTE, readers.toArray(String[]::new))
			.build());
		if (PUBLIC_PROPOSALS.contains(proposal.getStatus())) {
			documents.add(SearchDocument.builder(id + PUBLIC_SUFFIX, DocumentType.PROPOSAL, updatedAt)
				.title(proposal.getPublicTitle())
				.text(proposal.getPublicSummary())
				.status(proposal.getStatus().name())
				.attribute(Readers.ATTRIBUTE, Readers.PUBLIC)
				.build());
		}
		return documents;
	}

	/**
	 * The ids a proposal's documents may have, so a proposal no longer selected loses its
	 * public one.
	 */
	static List<String> proposalIds(Proposal proposal) {
		String id = GlobalId.encode(ProposalQueries.TYPE, proposal.getId());
		return List.of(id, id + PUBLIC_SUFFIX);
	}

	static SearchDocument company(Company company) {
		String[] readers = (company.getStatus() == CompanyStatus.VERIFIED)
				? new String[] { Readers.PUBLIC, Readers.STAFF }
				: new String[] { Readers.STAFF, Readers.company(company.getId()) };
		return SearchDocument
			.builder(GlobalId.encode(CompanyQueries.TYPE, company.getId()), DocumentType.COMPANY,
					company.getUpdatedAt())
			.title(company.getName())
			.text(company.getDescription() + "\n" + company.getCapabilities())
			.tags(company.getTags())
			.status(company.getStatus().name())
			.attribute(Readers.ATTRIBUTE, readers)
			.build();
	}

	/** The entity's global id behind a document id. */
	static String entityId(String documentId) {
		return documentId.endsWith(PUBLIC_SUFFIX)
				? documentId.substring(0, documentId.length() - PUBLIC_SUFFIX.length()) : documentId;
	}

	static List<String> storeIds(Collection<String> globalIds, String type) {
		return globalIds.stream().map((id) -> GlobalId.idOf(id, type)).flatMap(java.util.Optional::stream).toList();
	}

}
