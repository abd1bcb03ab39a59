package jp.kitakyushu.busters.api.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kitakyushu.busters.api.problem.ProblemTimeline.Step;
import jp.kitakyushu.busters.api.system.security.Viewer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The fields of {@code Problem} that tell its story to whoever may read it: the statuses
 * it went through ({@code history}, one read for a whole page of problems) and whether
 * the caller posted it ({@code submittedByMe}).
 */
@Controller
class ProblemHistoryController {

	private final MongoTemplate mongo;

	ProblemHistoryController(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@BatchMapping(typeName = "Problem")
	Map<Problem, List<Step>> history(List<Problem> problems) {
		List<String> ids = problems.stream().map(Problem::getId).toList();
		Map<String, ProblemTimeline> timelines = this.mongo
			.find(Query.query(Criteria.where("_id").in(ids)), ProblemTimeline.class)
			.stream()
			.collect(Collectors.toMap(ProblemTimeline::getProblemId, Function.identity()));
		Map<Problem, List<Step>> result = new LinkedHashMap<>();
		for (Problem problem : problems) {
			ProblemTimeline timeline = timelines.get(problem.getId());
			result.put(problem, (timeline != null) ? timeline.getSteps() : ProblemTimeline.assumed(problem));
		}
		return result;
	}

	@SchemaMapping(typeName = "Problem")
	boolean submittedByMe(Problem problem) {
		return Viewer.current().map((viewer) -> problem.isSubmittedBy(viewer.subject())).orElse(false);
	}

}
