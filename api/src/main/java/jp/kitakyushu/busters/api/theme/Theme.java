package jp.kitakyushu.busters.api.theme;

import jp.kitakyushu.busters.api.system.StoredEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A call for proposals curated from citizens' problems. Its status is stored, but a theme
 * that is OPEN past its deadline counts as CLOSED at once, even before the closing job
 * stores it.
 */
@Document("themes")
public class Theme extends StoredEntity {

	private String title;

	private String description;

	private String category;

	private List<String> sourceProblemIds = new ArrayList<>();

	private List<String> expectedOutcomes = new ArrayList<>();

	/** The most a single proposal may request, in yen. */
	private long budgetCap;

	private @Nullable Instant opensAt;

	@Indexed
	private @Nullable Instant closesAt;

	private List<Criterion> criteria = new ArrayList<>();

	@Indexed
	private ThemeStatus status;

	private @Nullable String cancelReason;

	private String createdBy;

	public Theme(String title, String description, String category, String createdBy) {
		this.title = title;
		this.description = description;
		this.category = category;
		this.createdBy = createdBy;
		this.status = ThemeStatus.DRAFT;
	}

	/** Takes an imported theme's id, its first storing time and the state it reached. */
	void restore(String id, Instant createdAt, ThemeStatus status) {
		restore(id, createdAt);
		this.status = status;
	}

	/** The status as of {@code now}: an OPEN theme past its deadline is CLOSED. */
	public ThemeStatus statusAt(Instant now) {
		if (this.status == ThemeStatus.OPEN && this.closesAt != null && !now.isBefore(this.closesAt)) {
			return ThemeStatus.CLOSED;
		}
		return this.status;
	}

	/**
	 * Whether a proposal may be submitted at {@code now}: open, and inside the call
	 * window.
	 */
	public boolean acceptsProposalsAt(Instant now) {
		return statusAt(now) == ThemeStatus.OPEN && this.opensAt != null && !now.isBefore(this.opensAt);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public List<String> getSourceProblemIds() {
		return List.copyOf(this.sourceProblemIds);
	}

	public void setSourceProblemIds(List<String> sourceProblemIds) {
		this.sourceProblemIds = new ArrayList<>(sourceProblemIds);
	}

	public List<String> getExpectedOutcomes() {
		return List.copyOf(this.expectedOutcomes);
	}

	public void setExpectedOutcomes(List<String> expectedOutcomes) {
		this.expectedOutcomes = new ArrayList<>(expectedOutcomes);
	}

	public long getBudgetCap() {
		return this.budgetCap;
	}

	public void setBudgetCap(long budgetCap) {
		this.budgetCap = budgetCap;
	}

	public @Nullable Instant getOpensAt() {
		return this.opensAt;
	}

	public @Nullable Instant getClosesAt() {
		return this.closesAt;
	}

	public void setCallWindow(@Nullable Instant opensAt, @Nullable Instant closesAt) {
		this.opensAt = opensAt;
		this.closesAt = closesAt;
	}

	public List<Criterion> getCriteria() {
		return List.copyOf(this.criteria);
	}

	public void setCriteria(List<Criterion> criteria) {
		this.criteria = new ArrayList<>(criteria);
	}

	/** The stored status; use {@link #statusAt(Instant)} for what it is now. */
	public ThemeStatus getStatus() {
		return this.status;
	}

	void setStatus(ThemeStatus status) {
		this.status = status;
	}

	public @Nullable String getCancelReason() {
		return this.cancelReason;
	}

	void setCancelReason(@Nullable String cancelReason) {
		this.cancelReason = cancelReason;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

}
