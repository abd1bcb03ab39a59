package jp.kitakyushu.busters.api.proposal;

import jp.kitakyushu.busters.api.system.StoredEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A company's proposal to a theme. Confidential: read it through the proposal module's
 * access rules, never directly. State changes go through its methods, which refuse
 * transitions the life cycle does not allow.
 */
@Document("proposals")
public class Proposal extends StoredEntity {

	@Indexed
	private String themeId;

	@Indexed
	private String companyId;

	private String createdBy;

	private String title;

	private String summary;

	/**
	 * The title with personal data masked, computed on every write; what the public
	 * reads.
	 */
	private String publicTitle;

	/**
	 * The summary with personal data masked, computed on every write; what the public
	 * reads.
	 */
	private String publicSummary;

	private String approach = "";

	private long requestedAmount;

	private List<Milestone> milestones = new ArrayList<>();

	@Indexed
	private ProposalStatus status;

	/** Set once, on submission: staff see only proposals that have one. */
	private @Nullable Instant submittedAt;

	private @Nullable Instant decidedAt;

	private @Nullable String decisionReason;

	Proposal(String themeId, String companyId, String createdBy) {
		this.themeId = themeId;
		this.companyId = companyId;
		this.createdBy = createdBy;
		this.title = "";
		this.summary = "";
		this.publicTitle = "";
		this.publicSummary = "";
		this.status = ProposalStatus.DRAFT;
	}

	/**
	 * Takes an imported proposal's id, first storing time and the state it reached, with
	 * the times of its submission and of the decision on it.
	 */
	void restore(ImportedProposal past) {
		restore(past.id(), past.createdAt());
		this.status = past.status();
		this.submittedAt = past.submittedAt();
		this.decidedAt = past.decidedAt();
		this.decisionReason = past.decisionReason();
	}

	void describe(String title, String summary, String publicTitle, String publicSummary) {
		requireState("edited", ProposalStatus.DRAFT);
		this.title = title;
		this.summary = summary;
		this.publicTitle = publicTitle;
		this.publicSummary = publicSummary;
	}

	void plan(String approach, long requestedAmount, List<Milestone> milestones) {
		requireState("edited", ProposalStatus.DRAFT);
		this.approach = approach;
		this.requestedAmount = requestedAmount;
		this.milestones = new ArrayList<>(milestones);
	}

	void submit(Instant now) {
		requireState("submitted", ProposalStatus.DRAFT);
		this.status = ProposalStatus.SUBMITTED;
		this.submittedAt = now;
	}

	void withdraw(@Nullable String reason, Instant now) {
		requireState("withdrawn", ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, ProposalStatus.SHORTLISTED);
		this.status = ProposalStatus.WITHDRAWN;
		this.decisionReason = reason;
		this.decidedAt = now;
	}

	void shortlist() {
		requireState("shortlisted", ProposalStatus.SUBMITTED);
		this.status = ProposalStatus.SHORTLISTED;
	}

	void select(Instant now) {
		requireState("selected", ProposalStatus.SHORTLISTED);
		this.status = ProposalStatus.SELECTED;
		this.decidedAt = now;
	}

	void decline(String reason, Instant now) {
		requireState("declined", ProposalStatus.SUBMITTED, ProposalStatus.SHORTLISTED);
		this.status = ProposalStatus.NOT_SELECTED;
		this.decisionReason = reason;
		this.decidedAt = now;
	}

	void start() {
		requireState("started", ProposalStatus.SELECTED);
		this.status = ProposalStatus.IN_PROGRESS;
	}

	void complete() {
		requireState("completed", ProposalStatus.IN_PROGRESS);
		this.status = ProposalStatus.COMPLETED;
	}

	/** Refuses, with a user error, unless the proposal is in one of the given states. */
	public void requireState(String pastTense, ProposalStatus... allowed) {
		for (ProposalStatus state : allowed) {
			if (this.status == state) {
				return;
			}
		}
		throw new UserErrorException(UserError.of("proposalId", UserErrorCode.WRONG_STATE,
				"A proposal that is " + this.status + " cannot be " + pastTense + "."));
	}

	/** Whether the company ever submitted it; staff see only these. */
	public boolean wasSubmitted() {
		return this.submittedAt != null;
	}

	/** The sum of the milestones' amounts. */
	public long milestoneTotal() {
		return this.milestones.stream().mapToLong(Milestone::amount).reduce(0, Math::addExact);
	}

	public String getThemeId() {
		return this.themeId;
	}

	public String getCompanyId() {
		return this.companyId;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getPublicTitle() {
		return this.publicTitle;
	}

	public String getPublicSummary() {
		return this.publicSummary;
	}

	public String getApproach() {
		return this.approach;
	}

	public long getRequestedAmount() {
		return this.requestedAmount;
	}

	public List<Milestone> getMilestones() {
		return List.copyOf(this.milestones);
	}

	public ProposalStatus getStatus() {
		return this.status;
	}

	public @Nullable Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public @Nullable Instant getDecidedAt() {
		return this.decidedAt;
	}

	public @Nullable String getDecisionReason() {
		return this.decisionReason;
	}

}
