package jp.kitakyushu.busters.api.problem;

import jp.kitakyushu.busters.api.system.StoredEntity;
import java.util.ArrayList;
import java.util.List;

import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A local problem a citizen raised, with its life from submission to resolution. State
 * changes go through its methods, which refuse transitions the life cycle does not allow.
 */
@Document("problems")
public class Problem extends StoredEntity {

	private String title;

	private String body;

	/**
	 * The title with personal data masked, computed on every write; what the public
	 * reads.
	 */
	private String publicTitle;

	/**
	 * The body with personal data masked, computed on every write; what the public reads.
	 */
	private String publicBody;

	private String category;

	private Ward ward;

	private @Nullable GeoPoint location;

	private Channel channel;

	private @Nullable IntakeMethod intakeMethod;

	/**
	 * The citizen's Keycloak subject; null for proxy intake of someone without an
	 * account.
	 */
	@Indexed
	private @Nullable String submitter;

	/** The staff member who entered a proxy submission. */
	private @Nullable String enteredBy;

	private Contact contact;

	@Indexed
	private ProblemStatus status;

	private @Nullable String rejectionReason;

	private @Nullable String mergedInto;

	private List<String> themeIds = new ArrayList<>();

	private List<String> resolvedBy = new ArrayList<>();

	private long supporterCount;

	Problem(String title, String body, String publicTitle, String publicBody, String category, Ward ward,
			@Nullable GeoPoint location, Channel channel, @Nullable IntakeMethod intakeMethod,
			@Nullable String submitter, @Nullable String enteredBy, Contact contact) {
		this.title = title;
		this.body = body;
		this.publicTitle = publicTitle;
		this.publicBody = publicBody;
		this.category = category;
		this.ward = ward;
		this.location = location;
		this.channel = channel;
		this.intakeMethod = intakeMethod;
		this.submitter = submitter;
		this.enteredBy = enteredBy;
		this.contact = contact;
		this.status = ProblemStatus.SUBMITTED;
	}

	/**
	 * Takes the state an imported problem had reached, with its id and first storing
	 * time; the life cycle's rules are for changes made here, not for past records.
	 */
	void restore(ImportedProblem past) {
		restore(past.id(), past.createdAt());
		this.status = past.status();
		this.rejectionReason = past.rejectionReason();
		this.mergedInto = past.mergedInto();
		this.themeIds = new ArrayList<>(past.themeIds());
		this.resolvedBy = new ArrayList<>(past.resolvedBy());
		this.supporterCount = past.supporters().size();
	}

	void publish() {
		requireState("publish", ProblemStatus.SUBMITTED);
		this.status = ProblemStatus.PUBLISHED;
	}

	void reject(String reason) {
		requireState("reject", ProblemStatus.SUBMITTED);
		this.status = ProblemStatus.REJECTED;
		this.rejectionReason = reason;
	}

	void mergeInto(Problem target) {
		requireState("merge", ProblemStatus.SUBMITTED, ProblemStatus.PUBLISHED);
		this.status = ProblemStatus.MERGED;
		this.mergedInto = target.getId();
	}

	void adoptInto(String themeId) {
		requireState("adopt", ProblemStatus.PUBLISHED, ProblemStatus.ADOPTED);
		this.status = ProblemStatus.ADOPTED;
		if (!this.themeIds.contains(themeId)) {
			this.themeIds.add(themeId);
		}
	}

	/**
	 * Lets go of a theme that was cancelled: a problem no other theme holds is PUBLISHED
	 * again, so another theme can take it up. Returns whether anything changed.
	 */
	boolean releaseFrom(String themeId) {
		if (this.status != ProblemStatus.ADOPTED || !this.themeIds.remove(themeId)) {
			return false;
		}
		if (this.themeIds.isEmpty()) {
			this.status = ProblemStatus.PUBLISHED;
		}
		return true;
	}

	void resolveBy(String proposalId) {
		requireState("resolve", ProblemStatus.ADOPTED, ProblemStatus.RESOLVED);
		this.status = ProblemStatus.RESOLVED;
		if (!this.resolvedBy.contains(proposalId)) {
			this.resolvedBy.add(proposalId);
		}
	}

	private void requireState(String action, ProblemStatus... allowed) {
		for (ProblemStatus state : allowed) {
			if (this.status == state) {
				return;
			}
		}
		throw new UserErrorException(UserError.general(UserErrorCode.WRONG_STATE,
				"A problem that is " + this.status + " cannot be " + pastTense(action) + "."));
	}

	private static String pastTense(String action) {
		return switch (action) {
			case "publish" -> "published";
			case "reject" -> "rejected";
			case "merge" -> "merged";
			case "adopt" -> "adopted";
			default -> "resolved";
		};
	}

	/** Whether the given subject submitted this problem. */
	public boolean isSubmittedBy(@Nullable String subject) {
		return subject != null && subject.equals(this.submitter);
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public String getPublicTitle() {
		return this.publicTitle;
	}

	public String getPublicBody() {
		return this.publicBody;
	}

	public String getCategory() {
		return this.category;
	}

	public Ward getWard() {
		return this.ward;
	}

	public @Nullable GeoPoint getLocation() {
		return this.location;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public @Nullable IntakeMethod getIntakeMethod() {
		return this.intakeMethod;
	}

	public @Nullable String getSubmitter() {
		return this.submitter;
	}

	public @Nullable String getEnteredBy() {
		return this.enteredBy;
	}

	public Contact getContact() {
		return this.contact;
	}

	public ProblemStatus getStatus() {
		return this.status;
	}

	public @Nullable String getRejectionReason() {
		return this.rejectionReason;
	}

	public @Nullable String getMergedInto() {
		return this.mergedInto;
	}

	public List<String> getThemeIds() {
		return List.copyOf(this.themeIds);
	}

	public List<String> getResolvedBy() {
		return List.copyOf(this.resolvedBy);
	}

	public long getSupporterCount() {
		return this.supporterCount;
	}

}
