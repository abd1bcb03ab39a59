package jp.kitakyushu.busters.api.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.kitakyushu.busters.api.system.security.Readers;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The one rule of who reads what of proposals, for one caller: staff read every proposal
 * ever submitted; a company's members read all of their companies' proposals; everyone
 * reads the title and summary of selected ones. Work it out once per request, since
 * membership needs the store.
 *
 * @param staff whether the caller is staff
 * @param companyIds the store ids of the companies the caller is a member of
 */
public record ProposalAccess(boolean staff, Set<String> companyIds) {

	/** A caller who is neither staff nor a company member. */
	public static final ProposalAccess PUBLIC = new ProposalAccess(false, Set.of());

	/** Whether the caller may see the proposal at all. */
	public boolean canRead(Proposal proposal) {
		return proposal.getStatus().isPublic() || canReadConfidential(proposal);
	}

	/**
	 * Whether the caller may read everything in it, beyond the public title and summary.
	 */
	public boolean canReadConfidential(Proposal proposal) {
		return (this.staff && proposal.wasSubmitted()) || isMember(proposal);
	}

	/** Whether the caller belongs to the proposing company. */
	public boolean isMember(Proposal proposal) {
		return this.companyIds.contains(proposal.getCompanyId());
	}

	/**
	 * Who finds a proposal's full text in search: its company, and staff once it was
	 * submitted; the same rule as {@link #canReadConfidential}, as index tokens.
	 */
	static String[] confidentialReaders(Proposal proposal) {
		return proposal.wasSubmitted() ? new String[] { Readers.company(proposal.getCompanyId()), Readers.STAFF }
				: new String[] { Readers.company(proposal.getCompanyId()) };
	}

	/** The same rule as {@link #canRead} as a store query. */
	Criteria visible() {
		List<Criteria> any = new ArrayList<>();
		any.add(Criteria.where("status").in(ProposalStatus.PUBLIC));
		if (this.staff) {
			any.add(Criteria.where("submittedAt").ne(null));
		}
		if (!this.companyIds.isEmpty()) {
			any.add(Criteria.where("companyId").in(this.companyIds));
		}
		return new Criteria().orOperator(any);
	}

}
