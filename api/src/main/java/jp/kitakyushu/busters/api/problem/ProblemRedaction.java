package jp.kitakyushu.busters.api.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.privacy.Confidence;
import jp.kitakyushu.busters.api.problem.ProblemRedactInput.MaskInput;
import jp.kitakyushu.busters.api.problem.ProblemRedactInput.SpanInput;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Staff's privacy review of a problem, before publishing or after: mask spans the
 * detector missed, show spans it masked or flagged by mistake, and confirm the rest. The
 * public text becomes exactly the approved version, the search index follows, and the
 * audit trail records the kinds of the spans changed, never their content.
 */
@Service
public class ProblemRedaction {

	/** States whose public text staff may still decide: not refused, not folded away. */
	private static final Set<ProblemStatus> REVIEWABLE = Set.of(ProblemStatus.SUBMITTED, ProblemStatus.PUBLISHED,
			ProblemStatus.ADOPTED, ProblemStatus.RESOLVED);

	private final MongoTemplate mongo;

	private final ProblemQueries queries;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	ProblemRedaction(MongoTemplate mongo, ProblemQueries queries, AuditLog audit, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.queries = queries;
		this.audit = audit;
		this.events = events;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Problem redact(ProblemRedactInput input) {
		Problem problem = GlobalId.idOf(input.problemId(), ProblemQueries.TYPE)
			.flatMap(this.queries::findById)
			.orElseThrow(() -> new UserErrorException(UserError.of("problemId", UserErrorCode.NOT_FOUND,
					"No problem has the id " + input.problemId() + ".")));
		if (!REVIEWABLE.contains(problem.getStatus())) {
			throw new UserErrorException(UserError.of("problemId", UserErrorCode.WRONG_STATE, "A problem that is "
					+ problem.getStatus() + " cannot be published, so its personal data cannot be reviewed."));
		}
		List<TextFinding> before = problem.getFindings();
		List<TextFinding> after = decide(problem, before, input);
		problem.review(after, ProblemMasking.publicText(problem.getTitle(), ProblemText.TITLE, after),
				ProblemMasking.publicText(problem.getBody(), ProblemText.BODY, after));
		Problem saved = this.mongo.save(problem);
		this.audit.record("problem.redact", ProblemQueries.TYPE, saved.getId(), change(before, input));
		this.events.publishEvent(new ProblemRedacted(saved.getId()));
		return saved;
	}

	/**
	 * The findings after the review; every mistake in the input at once, nothing changed.
	 */
	private static List<TextFinding> decide(Problem problem, List<TextFinding> findings, ProblemRedactInput input) {
		Checks checks = new Checks();
		List<TextFinding> kept = new ArrayList<>(findings);
		for (SpanInput span : input.unmasks()) {
			boolean removed = kept.removeIf((finding) -> finding.sameSpan(span.text(), span.start(), span.end()));
			checks.check(removed, "unmask", UserErrorCode.NOT_FOUND, "Nothing is masked at [" + span.start() + ", "
					+ span.end() + ") of the " + name(span.text()) + "; unmask a span exactly as it is masked.");
		}
		List<TextFinding> added = new ArrayList<>();
		for (MaskInput mask : input.masks()) {
			int length = original(problem, mask.text()).length();
			if (mask.start() < 0 || mask.end() <= mask.start() || mask.end() > length) {
				checks.add("mask", UserErrorCode.OUT_OF_RANGE, "The span [" + mask.start() + ", " + mask.end()
						+ ") is not inside the " + name(mask.text()) + ", which has " + length + " chars.");
				continue;
			}
			TextFinding finding = new TextFinding(mask.text(), mask.kind(), mask.start(), mask.end(), Confidence.MASKED,
					true);
			boolean overlaps = kept.stream().anyMatch(finding::overlaps) || added.stream().anyMatch(finding::overlaps);
			checks.check(!overlaps, "mask", UserErrorCode.CONFLICT, "The span [" + mask.start() + ", " + mask.end()
					+ ") of the " + name(mask.text()) + " overlaps a span that is already masked.");
			added.add(finding);
		}
		checks.orThrow();
		List<TextFinding> result = new ArrayList<>();
		kept.forEach((finding) -> result.add(finding.asReviewed()));
		result.addAll(added);
		return result;
	}

	/** The kinds of what was masked, shown and confirmed: counts, never the text. */
	private static Map<String, Object> change(List<TextFinding> before, ProblemRedactInput input) {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("masked", kindCounts(input.masks().stream().map((mask) -> mask.kind().name()).toList()));
		change.put("unmasked",
				kindCounts(input.unmasks()
					.stream()
					.flatMap((span) -> before.stream().filter((f) -> f.sameSpan(span.text(), span.start(), span.end())))
					.map((finding) -> finding.kind().name())
					.toList()));
		change.put("confirmedFlagged",
				kindCounts(before.stream()
					.filter(TextFinding::awaitsReview)
					.filter((f) -> input.unmasks().stream().noneMatch((s) -> f.sameSpan(s.text(), s.start(), s.end())))
					.map((finding) -> finding.kind().name())
					.toList()));
		return change;
	}

	private static Map<String, Integer> kindCounts(List<String> kinds) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		kinds.forEach((kind) -> counts.merge(kind, 1, Integer::sum));
		return counts;
	}

	private static String original(Problem problem, ProblemText text) {
		return (text == ProblemText.TITLE) ? problem.getTitle() : problem.getBody();
	}

	private static String name(ProblemText text) {
		return (text == ProblemText.TITLE) ? "title" : "body";
	}

}
