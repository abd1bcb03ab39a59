package jp.kitakyushu.busters.web.company;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The organisations the signed-in member belongs to, as the api tells (never as the page
 * remembers), for every company page that acts for one of them.
 */
@Component
public class MyCompanies {

	private final ApiClient api;

	MyCompanies(ApiClient api) {
		this.api = api;
	}

	/** My companies, by name; empty when the api does not answer. */
	public Loaded load() {
		ApiResult result = this.api.execute("company/myCompanies");
		return new Loaded(result.has("myCompanies"), result.list("myCompanies.nodes", Company.class));
	}

	/**
	 * What the api said.
	 *
	 * @param available whether it answered
	 * @param companies my companies
	 */
	public record Loaded(boolean available, List<Company> companies) {

		/**
		 * One of my companies by id; a company I do not belong to is "not found", like
		 * one that does not exist.
		 */
		public Company require(String id) {
			return find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}

		public Optional<Company> find(@Nullable String id) {
			return this.companies.stream().filter((company) -> company.id().equals(id)).findFirst();
		}

		/** The one asked for, else the first verified, else the first. */
		public Optional<Company> chosen(@Nullable String id) {
			return find(id).or(() -> this.companies.stream().filter(Company::verified).findFirst())
				.or(() -> this.companies.stream().findFirst());
		}

		/** The companies that may propose. */
		public List<Company> verified() {
			return this.companies.stream().filter(Company::verified).toList();
		}

	}

	/**
	 * One of my companies.
	 *
	 * @param id its global id
	 * @param name its registered name
	 * @param corporateNumber its 法人番号
	 * @param description what it does
	 * @param capabilities what it can do, in its words
	 * @param tags keywords for what it can do
	 * @param status PENDING, VERIFIED or SUSPENDED
	 * @param suspensionReason why staff suspended it
	 * @param verifiedAt when staff verified it
	 * @param createdAt when it was registered
	 * @param viewerManagesMembers whether I manage its members
	 * @param members its members
	 */
	public record Company(String id, String name, String corporateNumber, String description, String capabilities,
			List<String> tags, String status, @Nullable String suspensionReason, @Nullable Instant verifiedAt,
			Instant createdAt, boolean viewerManagesMembers, @Nullable Members members) {

		public boolean verified() {
			return "VERIFIED".equals(this.status);
		}

		public boolean pending() {
			return "PENDING".equals(this.status);
		}

		public boolean suspended() {
			return "SUSPENDED".equals(this.status);
		}

		/** The text that says what the company can do, for matching it with themes. */
		public String profileText() {
			return String.join("\n", this.capabilities, String.join(" ", this.tags), this.description).strip();
		}

		public List<Member> memberList() {
			return (this.members != null) ? this.members.nodes() : List.of();
		}

	}

	/**
	 * A company's members.
	 *
	 * @param totalCount how many
	 * @param nodes the members
	 */
	public record Members(int totalCount, List<Member> nodes) {
	}

	/**
	 * A member.
	 *
	 * @param subject their Keycloak subject
	 * @param name their name when they joined
	 * @param manager whether they manage the members
	 * @param joinedAt when they joined
	 */
	public record Member(String subject, @Nullable String name, boolean manager, Instant joinedAt) {
	}

}
