package jp.kitakyushu.busters.api.notification;

import jp.kitakyushu.busters.api.company.Company;
import jp.kitakyushu.busters.api.company.CompanyMember;
import jp.kitakyushu.busters.api.company.CompanyService;
import jp.kitakyushu.busters.api.fund.FundDisbursed;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.proposal.ProposalStatus;
import jp.kitakyushu.busters.api.proposal.ProposalStatusChanged;
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

	private final CompanyService companies;

	private final ProposalQueries proposals;

	ProposalDecisionListener(NotificationService notifications, CompanyService companies, ProposalQueries proposals) {
		this.notifications = notifications;
		this.companies = companies;
		this.proposals = proposals;
	}

	@EventListener
	void on(ProposalStatusChanged event) {
		NotificationKind kind = kind(event.to());
		if (kind == null || event.from() == event.to()) {
			return;
		}
		tellMembers(event.companyId(), event.themeId(), event.proposalId(), kind, null, null);
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

	private static @Nullable NotificationKind kind(ProposalStatus status) {
		return switch (status) {
			case SHORTLISTED -> NotificationKind.PROPOSAL_SHORTLISTED;
			case SELECTED -> NotificationKind.PROPOSAL_SELECTED;
			case NOT_SELECTED -> NotificationKind.PROPOSAL_DECLINED;
			default -> null;
		};
	}

}
