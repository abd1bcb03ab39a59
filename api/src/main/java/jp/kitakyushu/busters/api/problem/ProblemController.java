package jp.kitakyushu.busters.api.problem;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLContext;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemFilter;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemMergeInput;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemOrder;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemPublishInput;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemRejectInput;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemSubmitInput;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemSubmitOnBehalfInput;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemSupportInput;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.Mutations;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.submission.ClientAddressInterceptor;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The problem queries and mutations, and the fields of {@code Problem} read for many
 * problems at once; {@link ProblemFields} answers the fields read from the problem alone.
 */
@Controller
class ProblemController {

	private final ProblemQueries queries;

	private final ProblemIntake intake;

	private final ProblemModeration moderation;

	private final ProblemSupport support;

	ProblemController(ProblemQueries queries, ProblemIntake intake, ProblemModeration moderation,
			ProblemSupport support) {
		this.queries = queries;
		this.intake = intake;
		this.moderation = moderation;
		this.support = support;
	}

	@QueryMapping
	Connection<Problem> problems(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable ProblemFilter filter, @Argument @Nullable ProblemOrder orderBy) {
		return this.queries.list(filter, orderBy, PageRequest.of(first, after));
	}

	@QueryMapping
	Connection<Problem> myProblems(@Argument @Nullable Integer first, @Argument @Nullable String after) {
		return this.queries.mine(PageRequest.of(first, after));
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	List<WardInfo> wards() {
		return Arrays.stream(Ward.values()).map((ward) -> new WardInfo(ward, ward.nameJa(), ward.nameEn())).toList();
	}

	@MutationMapping
	ProblemPayload problemSubmit(@Argument ProblemSubmitInput input, GraphQLContext context) {
		return Mutations.run(() -> this.intake.submit(input, ClientAddressInterceptor.submitter(context)),
				ProblemPayload::new);
	}

	@MutationMapping
	ProblemPayload problemSubmitOnBehalf(@Argument ProblemSubmitOnBehalfInput input) {
		// Staff intake counts against the staff member's own limit, not the office's
		// address.
		return Mutations.run(() -> this.intake.submitOnBehalf(input), ProblemPayload::new);
	}

	@MutationMapping
	ProblemPayload problemPublish(@Argument ProblemPublishInput input) {
		return Mutations.run(() -> this.moderation.publish(input), ProblemPayload::new);
	}

	@MutationMapping
	ProblemPayload problemReject(@Argument ProblemRejectInput input) {
		return Mutations.run(() -> this.moderation.reject(input), ProblemPayload::new);
	}

	@MutationMapping
	ProblemPayload problemMerge(@Argument ProblemMergeInput input) {
		return Mutations.run(() -> this.moderation.merge(input), ProblemPayload::new);
	}

	@MutationMapping
	ProblemPayload problemSupport(@Argument ProblemSupportInput input) {
		return Mutations.run(() -> this.support.support(input), ProblemPayload::new);
	}

	@MutationMapping
	ProblemPayload problemWithdrawSupport(@Argument ProblemSupportInput input) {
		return Mutations.run(() -> this.support.withdraw(input), ProblemPayload::new);
	}

	@BatchMapping
	Map<Problem, @Nullable Problem> mergedInto(List<Problem> merged) {
		List<String> targetIds = merged.stream().map(Problem::getMergedInto).filter((id) -> id != null).toList();
		Map<String, Problem> targets = targetIds.isEmpty() ? Map.of() : this.queries.findVisible(targetIds);
		Map<Problem, @Nullable Problem> result = new LinkedHashMap<>();
		merged.forEach((problem) -> result.put(problem,
				(problem.getMergedInto() != null) ? targets.get(problem.getMergedInto()) : null));
		return result;
	}

	@BatchMapping
	Map<Problem, Boolean> supportedByMe(List<Problem> problems) {
		Set<String> supported = this.queries.supportedByViewer(problems.stream().map(Problem::getId).toList());
		Map<Problem, Boolean> result = new LinkedHashMap<>();
		problems.forEach((problem) -> result.put(problem, supported.contains(problem.getId())));
		return result;
	}

	/**
	 * A ward and its names.
	 *
	 * @param ward the ward
	 * @param nameJa its Japanese name
	 * @param nameEn its English name
	 */
	record WardInfo(Ward ward, String nameJa, String nameEn) {
	}

	/**
	 * The result of a problem mutation.
	 *
	 * @param problem the problem after the change, or null
	 * @param userErrors what to fix
	 */
	record ProblemPayload(@Nullable Problem problem, List<UserError> userErrors) {
	}

}
