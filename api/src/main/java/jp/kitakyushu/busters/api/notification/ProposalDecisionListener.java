package jp.kitakyushu.busters.api.notification;

import jp.kitakyushu.busters.api.company.Company;
import jp.kitakyushu.busters.api.company.CompanyMember;
import jp.kitakyushu.busters.api.company.CompanyQueries;
import jp.kitakyushu.busters.api.fund.FundDisbursed;
import jp.kitakyushu.busters.api.proposal.ProposalDeclined;
import jp.kitakyushu.busters.api.proposal.ProposalEvent;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.proposal.ProposalSelected;
import jp.kitakyushu.busters.api.proposal.ProposalShortlisted;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every member of a proposing company what staff decided about its proposal (on the
 * shortlist, selected, declined) and when the fund paid for one of its milestones. The
 * members are those of the moment, so someone who left is no longer told.
 */
@Component
class ProposalDecisionListener {

	private final NotificationService notifications;

	private final CompanyQueries companies;

	private final ProposalQueries proposals;

	ProposalDecisionListener(NotificationService notifications, CompanyQueries companies, ProposalQueries proposals) {
		this.notifications = notifications;
		this.companies = companies;
		this.proposals = proposals;
	}

	@EventListener
	void on(ProposalShortlisted event) {
		tellMembers(event, NotificationKind.PROPOSAL_SHORTLISTED);
	}

	@EventListener
	void on(ProposalSelected event) {
		tellMembers(event, NotificationKind.PROPOSAL_SELECTED);
	}

	@EventListener
	void on(ProposalDeclined event) {
		tellMembers(event, NotificationKind.PROPOSAL_DECLINED);
	}

	@EventListener
	void on(FundDisbursed event) {
		String themeId = this.proposals.findById(event.proposalId())
			.map((proposal) -> proposal.getThemeId())
			.orElse(null);
		if (themeId == null) {
			return;
		}
		tellMembers(event.companyId(), themeId, event.proposalId(), NotificationKind.PAYMENT_MADE, event.amount(),
				event.milestone());
	}

	private void tellMembers(ProposalEvent event, NotificationKind kind) {
		tellMembers(event.companyId(), event.themeId(), event.proposalId(), kind, null, null);
	}

	private void tellMembers(String companyId, String themeId, String proposalId, NotificationKind kind,
			@Nullable Long amount, @Nullable String milestone) {
		Company company = this.companies.findById(companyId).orElse(null);
		if (company == null) {
			return;
		}
		for (CompanyMember member : company.getMembers()) {
			this.notifications
				.send(Notification.aboutProposal(member.subject(), kind, themeId, proposalId, amount, milestone));
		}
	}

}
