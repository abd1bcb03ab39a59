package jp.kitakyushu.busters.api.outcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalAccess;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.system.graphql.NodeLoader;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The read side of outcomes: progress reports for the proposing company and staff,
 * metrics and resolved problems for everyone who may see the proposal.
 */
@Service
public class OutcomeQueries implements NodeLoader {

	private final MongoTemplate mongo;

	private final ProposalQueries proposals;

	OutcomeQueries(MongoTemplate mongo, ProposalQueries proposals) {
		this.mongo = mongo;
		this.proposals = proposals;
	}

	/**
	 * The outcomes of the given proposals the reader may see, keyed by proposal id: one
	 * query each for reports, metrics and resolutions, whatever the number of proposals.
	 */
	@PreAuthorize("permitAll()")
	public Map<String, Outcome> outcomes(Collection<Proposal> proposals, ProposalAccess reader) {
		List<Proposal> demonstrated = proposals.stream()
			.filter((proposal) -> proposal.getStatus().isPublic() && reader.canRead(proposal))
			.toList();
		if (demonstrated.isEmpty()) {
			return Map.of();
		}
		List<String> ids = demonstrated.stream().map(Proposal::getId).toList();
		Set<String> confidentialIds = new LinkedHashSet<>();
		demonstrated.stream()
			.filter(reader::canReadConfidential)
			.forEach((proposal) -> confidentialIds.add(proposal.getId()));
		Map<String, List<OutcomeReport>> reports = new LinkedHashMap<>();
		if (!confidentialIds.isEmpty()) {
			this.mongo.find(Query.query(Criteria.where("proposalId").in(confidentialIds)), OutcomeReport.class)
				.stream()
				.sorted(Comparator.comparing(OutcomeReport::createdAt).reversed())
				.forEach((report) -> reports.computeIfAbsent(report.proposalId(), (id) -> new ArrayList<>())
					.add(report));
		}
		Map<String, List<OutcomeMetrics>> metrics = new LinkedHashMap<>();
		this.mongo.find(Query.query(Criteria.where("proposalId").in(ids)), OutcomeMetrics.class)
			.stream()
			.sorted(Comparator.comparing(OutcomeMetrics::asOf).reversed())
			.forEach((record) -> metrics.computeIfAbsent(record.proposalId(), (id) -> new ArrayList<>()).add(record));
		Map<String, List<String>> resolved = new LinkedHashMap<>();
		this.mongo.find(Query.query(Criteria.where("_id").in(ids)), ProblemResolutions.class)
			.forEach((resolutions) -> resolved.put(resolutions.id(), resolutions.problemIds()));
		Map<String, Outcome> outcomes = new LinkedHashMap<>();
		for (Proposal proposal : demonstrated) {
			outcomes.put(proposal.getId(),
					new Outcome(proposal, confidentialIds.contains(proposal.getId()),
							reports.getOrDefault(proposal.getId(), List.of()),
							metrics.getOrDefault(proposal.getId(), List.of()),
							resolved.getOrDefault(proposal.getId(), List.of())));
		}
		return outcomes;
	}

	/** The progress reports among {@code ids} the caller may read: company and staff. */
	@PreAuthorize("permitAll()")
	public Map<String, OutcomeReport> findVisibleReports(Collection<String> ids) {
		List<OutcomeReport> reports = this.mongo.find(Query.query(Criteria.where("_id").in(ids)), OutcomeReport.class);
		ProposalAccess reader = this.proposals.reader();
		Map<String, Proposal> visible = this.proposals
			.findVisible(reports.stream().map(OutcomeReport::proposalId).distinct().toList());
		Map<String, OutcomeReport> found = new LinkedHashMap<>();
		for (OutcomeReport report : reports) {
			Proposal proposal = visible.get(report.proposalId());
			if (proposal != null && reader.canReadConfidential(proposal)) {
				found.put(id(report), report);
			}
		}
		return found;
	}

	/** The metrics records among {@code ids}: public, like the proposals they measure. */
	@PreAuthorize("permitAll()")
	public Map<String, OutcomeMetrics> findVisibleMetrics(Collection<String> ids) {
		List<OutcomeMetrics> records = this.mongo.find(Query.query(Criteria.where("_id").in(ids)),
				OutcomeMetrics.class);
		Map<String, Proposal> visible = this.proposals
			.findVisible(records.stream().map(OutcomeMetrics::proposalId).distinct().toList());
		Map<String, OutcomeMetrics> found = new LinkedHashMap<>();
		records.stream()
			.filter((record) -> visible.containsKey(record.proposalId()))
			.forEach((record) -> found.put(id(record), record));
		return found;
	}

	/**
	 * Every metrics record, oldest {@code asOf} first: public, like the selected
	 * proposals they measure; for reporting against the city's targets.
	 */
	@PreAuthorize("permitAll()")
	public List<OutcomeMetrics> allMetrics() {
		return this.mongo.find(new Query().with(Sort.by("asOf").and(Sort.by("id"))), OutcomeMetrics.class);
	}

	@Override
	public Set<String> nodeTypes() {
		return Set.of(OutcomeService.REPORT_TYPE, OutcomeService.METRICS_TYPE);
	}

	@Override
	public Map<String, ?> loadVisible(String type, Collection<String> ids) {
		return OutcomeService.REPORT_TYPE.equals(type) ? findVisibleReports(ids) : findVisibleMetrics(ids);
	}

	private static String id(OutcomeReport report) {
		return OutcomeService.id(report.id());
	}

	private static String id(OutcomeMetrics metrics) {
		return OutcomeService.id(metrics.id());
	}

}
