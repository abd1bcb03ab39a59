package jp.kitakyushu.busters.api.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One reviewer's evaluation of one proposal. Its id is made of the two, so the store
 * itself refuses a second evaluation by the same reviewer.
 */
@Document("evaluations")
public class Evaluation {

	@Id
	private String id;

	@Version
	private @Nullable Long version;

	@CreatedDate
	private @Nullable Instant createdAt;

	@LastModifiedDate
	private @Nullable Instant updatedAt;

	@Indexed
	private String proposalId;

	private String reviewer;

	private @Nullable String reviewerName;

	private List<CriterionScore> scores = new ArrayList<>();

	private @Nullable String comment;

	Evaluation(String proposalId, String reviewer) {
		this.id = key(proposalId, reviewer);
		this.proposalId = proposalId;
		this.reviewer = reviewer;
	}

	static String key(String proposalId, String reviewer) {
		return proposalId + "|" + reviewer;
	}

	void score(@Nullable String reviewerName, List<CriterionScore> scores, @Nullable String comment) {
		this.reviewerName = reviewerName;
		this.scores = new ArrayList<>(scores);
		this.comment = comment;
	}

	/** Σ weight × score ÷ Σ weight over the criteria. */
	public double weightedScore() {
		return WeightedScores.weighted(this.scores);
	}

	public String getId() {
		return this.id;
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return Objects.requireNonNull(this.createdAt, "not stored yet");
	}

	public Instant getUpdatedAt() {
		return Objects.requireNonNull(this.updatedAt, "not stored yet");
	}

	public String getProposalId() {
		return this.proposalId;
	}

	public String getReviewer() {
		return this.reviewer;
	}

	public @Nullable String getReviewerName() {
		return this.reviewerName;
	}

	public List<CriterionScore> getScores() {
		return List.copyOf(this.scores);
	}

	public @Nullable String getComment() {
		return this.comment;
	}

}
