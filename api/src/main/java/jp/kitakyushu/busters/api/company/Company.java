package jp.kitakyushu.busters.api.company;

import jp.kitakyushu.busters.api.system.StoredEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation registered to propose solutions, with its members. State changes go
 * through its methods, which refuse transitions the life cycle does not allow.
 */
@Document("companies")
@CompoundIndex(name = "member_subject", def = "{'members.subject': 1}")
public class Company extends StoredEntity {

	private String name;

	/** Unique: the store refuses a second company with the same number. */
	@Indexed(unique = true)
	private String corporateNumber;

	private String description;

	private String capabilities;

	private List<String> tags = new ArrayList<>();

	private List<CompanyMember> members = new ArrayList<>();

	/** The first member, who manages the members. */
	private String manager;

	@Indexed
	private CompanyStatus status;

	private @Nullable String suspensionReason;

	private @Nullable Instant verifiedAt;

	Company(String name, String corporateNumber, String description, String capabilities, List<String> tags,
			CompanyMember firstMember) {
		this.name = name;
		this.corporateNumber = corporateNumber;
		this.description = description;
		this.capabilities = capabilities;
		this.tags = new ArrayList<>(tags);
		this.members.add(firstMember);
		this.manager = firstMember.subject();
		this.status = CompanyStatus.PENDING;
	}

	/** For the store: every other field is then read from the document. */
	@PersistenceCreator
	Company(String name, String corporateNumber, String manager, CompanyStatus status) {
		this.name = name;
		this.corporateNumber = corporateNumber;
		this.description = "";
		this.capabilities = "";
		this.manager = manager;
		this.status = status;
	}

	/**
	 * Takes an imported company's id, first storing time, members and the state it
	 * reached.
	 */
	void restore(ImportedCompany past) {
		restore(past.id(), past.createdAt());
		this.members = new ArrayList<>(past.members());
		this.manager = past.members().get(0).subject();
		this.status = past.status();
		this.verifiedAt = past.verifiedAt();
	}

	void verify(Instant now) {
		requireState("verified", CompanyStatus.PENDING);
		this.status = CompanyStatus.VERIFIED;
		this.verifiedAt = now;
	}

	void suspend(String reason) {
		requireState("suspended", CompanyStatus.PENDING, CompanyStatus.VERIFIED);
		this.status = CompanyStatus.SUSPENDED;
		this.suspensionReason = reason;
	}

	void reinstate(Instant now) {
		requireState("reinstated", CompanyStatus.SUSPENDED);
		this.status = CompanyStatus.VERIFIED;
		this.suspensionReason = null;
		if (this.verifiedAt == null) {
			this.verifiedAt = now;
		}
	}

	void rename(String name) {
		requireState("renamed", CompanyStatus.PENDING);
		this.name = name;
	}

	void describe(@Nullable String description, @Nullable String capabilities, @Nullable List<String> tags) {
		if (description != null) {
			this.description = description;
		}
		if (capabilities != null) {
			this.capabilities = capabilities;
		}
		if (tags != null) {
			this.tags = new ArrayList<>(tags);
		}
	}

	/** Hands the management of members to another member. */
	void transferManagementTo(String subject) {
		this.manager = subject;
	}

	void removeMember(String subject) {
		this.members.removeIf((member) -> member.subject().equals(subject));
	}

	private void requireState(String pastTense, CompanyStatus... allowed) {
		for (CompanyStatus state : allowed) {
			if (this.status == state) {
				return;
			}
		}
		throw new UserErrorException(UserError.general(UserErrorCode.WRONG_STATE,
				"A company that is " + this.status + " cannot be " + pastTense + "."));
	}

	/** Whether the given subject is one of the members. */
	public boolean hasMember(@Nullable String subject) {
		return subject != null && this.members.stream().anyMatch((member) -> member.subject().equals(subject));
	}

	/** Whether the given subject is the first member, who manages the members. */
	public boolean isManagedBy(@Nullable String subject) {
		return this.manager.equals(subject);
	}

	public String getName() {
		return this.name;
	}

	public String getCorporateNumber() {
		return this.corporateNumber;
	}

	public String getDescription() {
		return this.description;
	}

	public String getCapabilities() {
		return this.capabilities;
	}

	public List<String> getTags() {
		return List.copyOf(this.tags);
	}

	public List<CompanyMember> getMembers() {
		return List.copyOf(this.members);
	}

	public String getManager() {
		return this.manager;
	}

	public CompanyStatus getStatus() {
		return this.status;
	}

	public @Nullable String getSuspensionReason() {
		return this.suspensionReason;
	}

	public @Nullable Instant getVerifiedAt() {
		return this.verifiedAt;
	}

}
