package jp.kitakyushu.busters.api.company;

import java.time.Instant;
import java.util.List;

import graphql.GraphQLContext;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyFilter;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyIdInput;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyJoinInput;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyRegisterInput;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyRemoveMemberInput;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyTransferManagementInput;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanySuspendInput;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyUpdateInput;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.Mutations;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.security.Viewer;
import jp.kitakyushu.busters.api.system.submission.ClientAddressInterceptor;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The company queries and mutations, and the fields of {@code Company} that depend on who
 * asks.
 */
@Controller
class CompanyController {

	private final CompanyQueries queries;

	private final CompanyRegistration registration;

	private final CompanyVetting vetting;

	private final CompanyMembers members;

	CompanyController(CompanyQueries queries, CompanyRegistration registration, CompanyVetting vetting,
			CompanyMembers members) {
		this.queries = queries;
		this.registration = registration;
		this.vetting = vetting;
		this.members = members;
	}

	@QueryMapping
	Connection<Company> companies(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable CompanyFilter filter) {
		return this.queries.list(filter, PageRequest.of(first, after));
	}

	@QueryMapping
	Connection<Company> myCompanies(@Argument @Nullable Integer first, @Argument @Nullable String after) {
		return this.queries.mine(PageRequest.of(first, after));
	}

	@MutationMapping
	CompanyPayload companyRegister(@Argument CompanyRegisterInput input, GraphQLContext context) {
		return Mutations.run(() -> this.registration.register(input, ClientAddressInterceptor.submitter(context)),
				CompanyPayload::new);
	}

	@MutationMapping
	CompanyPayload companyUpdate(@Argument CompanyUpdateInput input) {
		return Mutations.run(() -> this.registration.update(input), CompanyPayload::new);
	}

	@MutationMapping
	CompanyPayload companyVerify(@Argument CompanyIdInput input) {
		return Mutations.run(() -> this.vetting.verify(input), CompanyPayload::new);
	}

	@MutationMapping
	CompanyPayload companySuspend(@Argument CompanySuspendInput input) {
		return Mutations.run(() -> this.vetting.suspend(input), CompanyPayload::new);
	}

	@MutationMapping
	CompanyPayload companyReinstate(@Argument CompanyIdInput input) {
		return Mutations.run(() -> this.vetting.reinstate(input), CompanyPayload::new);
	}

	@MutationMapping
	CompanyInvitationPayload companyInviteMember(@Argument CompanyIdInput input) {
		return Mutations.run(() -> this.members.invite(input),
				(issued, errors) -> new CompanyInvitationPayload((issued != null) ? issued.company() : null,
						(issued != null) ? new CompanyInvitation(issued.code(), issued.expiresAt()) : null, errors));
	}

	@MutationMapping
	CompanyPayload companyJoin(@Argument CompanyJoinInput input) {
		return Mutations.run(() -> this.members.join(input), CompanyPayload::new);
	}

	@MutationMapping
	CompanyPayload companyRemoveMember(@Argument CompanyRemoveMemberInput input) {
		return Mutations.run(() -> this.members.removeMember(input), CompanyPayload::new);
	}

	@MutationMapping
	CompanyPayload companyTransferManagement(@Argument CompanyTransferManagementInput input) {
		return Mutations.run(() -> this.members.transferManagement(input), CompanyPayload::new);
	}

	@SchemaMapping
	@Nullable String suspensionReason(Company company) {
		return canSeeInternals(company) ? company.getSuspensionReason() : null;
	}

	@SchemaMapping
	@Nullable Connection<MemberView> members(Company company, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		if (!canSeeInternals(company)) {
			return null;
		}
		PageRequest page = PageRequest.of(first, after);
		List<MemberView> all = company.getMembers()
			.stream()
			.map((member) -> new MemberView(member.subject(), member.name(), company.isManagedBy(member.subject()),
					member.joinedAt()))
			.toList();
		List<MemberView> slice = all.subList(Math.min(page.offset(), all.size()),
				Math.min(page.offset() + page.limit(), all.size()));
		return Connection.of(slice, page, all.size());
	}

	@SchemaMapping
	boolean viewerIsMember(Company company) {
		return Viewer.current().map((viewer) -> CompanyAccess.isMember(company, viewer)).orElse(false);
	}

	@SchemaMapping
	boolean viewerManagesMembers(Company company) {
		return Viewer.current()
			.map((viewer) -> CompanyAccess.isMember(company, viewer) && company.isManagedBy(viewer.subject()))
			.orElse(false);
	}

	private static boolean canSeeInternals(Company company) {
		return CompanyAccess.canSeeInternals(company, Viewer.current());
	}

	/**
	 * A member as the schema shows one.
	 *
	 * @param subject the Keycloak subject
	 * @param name the display name
	 * @param manager whether they are the first member
	 * @param joinedAt when they joined
	 */
	record MemberView(String subject, @Nullable String name, boolean manager, Instant joinedAt) {
	}

	/**
	 * The result of a company mutation.
	 *
	 * @param company the company after the change, or null
	 * @param userErrors what to fix
	 */
	record CompanyPayload(@Nullable Company company, List<UserError> userErrors) {
	}

	/**
	 * A code as the schema shows it.
	 *
	 * @param code the code
	 * @param expiresAt when it stops working
	 */
	record CompanyInvitation(String code, Instant expiresAt) {
	}

	/**
	 * The result of {@code companyInviteMember}.
	 *
	 * @param company the company
	 * @param invitation the code, or null
	 * @param userErrors what to fix
	 */
	record CompanyInvitationPayload(@Nullable Company company, @Nullable CompanyInvitation invitation,
			List<UserError> userErrors) {
	}

}
