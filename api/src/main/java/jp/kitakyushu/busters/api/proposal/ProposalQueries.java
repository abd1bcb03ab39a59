package jp.kitakyushu.busters.api.proposal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import graphql.GraphQLContext;
import jp.kitakyushu.busters.api.company.CompanyQueries;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalFilter;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.NodeLoader;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.index.StoredSearchable;
import jp.kitakyushu.busters.api.system.security.Readers;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;
import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.SearchDocument;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The read side of proposals, always under the confidentiality rules of
 * {@link ProposalAccess}; the other modules (evaluation, outcome, fund, theme) read
 * proposals through it too.
 */
@Service
public class ProposalQueries extends StoredSearchable<Proposal> implements NodeLoader {

	/** Suffix of the public document of a selected proposal. */
	static final String PUBLIC_COPY = "#public";

	/** GraphQL type name, for global ids and the audit trail. */
	public static final String TYPE = "Proposal";

	private static final String READER = ProposalQueries.class.getName() + ".reader";

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt")
		.and(Sort.by(Sort.Direction.DESC, "id"));

	private final MongoTemplate mongo;

	private final CompanyQueries companies;

	private final ProposalCounts counts;

	ProposalQueries(MongoTemplate mongo, CompanyQueries companies, ProposalCounts counts) {
		super(mongo, Proposal.class);
		this.mongo = mongo;
		this.companies = companies;
		this.counts = counts;
	}

	/**
	 * What the current caller may read; asks the store which companies they belong to.
	 */
	@PreAuthorize("permitAll()")
	public ProposalAccess reader() {
		Optional<Viewer> viewer = Viewer.current();
		boolean staff = viewer.map((v) -> v.has(Role.STAFF)).orElse(false);
		Set<String> companyIds = viewer.filter((v) -> v.has(Role.COMPANY))
			.map((v) -> this.companies.memberCompanyIds(v.subject()))
			.orElse(Set.of());
		return new ProposalAccess(staff, companyIds);
	}

	/**
	 * What the current caller may read, worked out once per GraphQL request so that a
	 * page of proposals does not ask the store about membership once per proposal.
	 */
	@PreAuthorize("permitAll()")
	public ProposalAccess reader(GraphQLContext context) {
		return context.computeIfAbsent(READER, (key) -> reader());
	}

	@PreAuthorize("permitAll()")
	public Connection<Proposal> list(@Nullable ProposalFilter filter, PageRequest page) {
		List<Criteria> all = new ArrayList<>();
		all.add(reader().visible());
		if (filter != null) {
			if (filter.themeId() != null) {
				all.add(Criteria.where("themeId").is(storeIdOf(filter.themeId(), ThemeCalls.TYPE, "themeId")));
			}
			if (filter.companyId() != null) {
				all.add(Criteria.where("companyId")
					.is(storeIdOf(filter.companyId(), CompanyQueries.TYPE, "companyId")));
			}
			if (filter.status() != null) {
				all.add(Criteria.where("status").is(filter.status()));
			}
		}
		return page(new Criteria().andOperator(all), page);
	}

	@PreAuthorize("hasRole('COMPANY')")
	public Connection<Proposal> mine(PageRequest page) {
		return page(Criteria.where("companyId").in(reader().companyIds()), page);
	}

	/** The proposals among {@code ids} the current caller may see, keyed by id. */
	@PreAuthorize("permitAll()")
	public Map<String, Proposal> findVisible(Collection<String> ids) {
		ProposalAccess reader = reader();
		Map<String, Proposal> visible = new LinkedHashMap<>();
		for (Proposal proposal : this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Proposal.class)) {
			if (reader.canRead(proposal)) {
				visible.put(proposal.getId(), proposal);
			}
		}
		return visible;
	}

	@Override
	public Set<String> nodeTypes() {
		return Set.of(TYPE);
	}

	@Override
	public Map<String, Proposal> loadVisible(String type, Collection<String> ids) {
		return findVisible(ids);
	}

	/**
	 * The proposal a mutation's input names by global id, if the reader may see it; a
	 * NOT_FOUND user error on {@code field} otherwise, so hidden proposals look absent.
	 */
	@PreAuthorize("permitAll()")
	public Proposal loadReadable(String globalId, String field, ProposalAccess reader) {
		return GlobalId.idOf(globalId, TYPE)
			.flatMap(this::findById)
			.filter(reader::canRead)
			.orElseThrow(() -> new UserErrorException(
					UserError.of(field, UserErrorCode.NOT_FOUND, "No proposal has the id " + globalId + ".")));
	}

	/** A proposal by store id, whoever asks; for checks, never for showing. */
	@PreAuthorize("permitAll()")
	public Optional<Proposal> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Proposal.class));
	}

	/**
	 * How many proposals each theme received and did not see withdrawn; counted for every
	 * theme at once and kept briefly ({@link ProposalCounts}).
	 */
	@PreAuthorize("permitAll()")
	public Map<String, Integer> countByTheme(Collection<String> themeIds) {
		return this.counts.of(themeIds);
	}

	/**
	 * The proposals of each theme the reader may see, newest first, in one query for the
	 * whole batch.
	 */
	@PreAuthorize("permitAll()")
	public Map<String, List<Proposal>> visibleByTheme(Collection<String> themeIds, ProposalAccess reader) {
		Query query = Query.query(new Criteria().andOperator(Criteria.where("themeId").in(themeIds), reader.visible()))
			.with(NEWEST_FIRST);
		Map<String, List<Proposal>> byTheme = new LinkedHashMap<>();
		for (Proposal proposal : this.mongo.find(query, Proposal.class)) {
			byTheme.computeIfAbsent(proposal.getThemeId(), (id) -> new ArrayList<>()).add(proposal);
		}
		return byTheme;
	}

	@Override
	public String entityType() {
		return TYPE;
	}

	@Override
	protected List<SearchDocument> documentsOf(Proposal proposal) {
		return documents(proposal);
	}

	@Override
	public List<String> documentIds(String id) {
		String globalId = GlobalId.encode(TYPE, id);
		return List.of(globalId, globalId + PUBLIC_COPY);
	}

	/**
	 * The confidential document of a proposal, which only its company and staff reach,
	 * and, once it is selected, a public one with its masked title and summary.
	 */
	private static List<SearchDocument> documents(Proposal proposal) {
		String id = GlobalId.encode(TYPE, proposal.getId());
		List<SearchDocument> documents = new ArrayList<>();
		documents.add(SearchDocument.builder(id, DocumentType.PROPOSAL, proposal.getUpdatedAt())
			.title(proposal.getTitle())
			.text(proposal.getSummary() + "\n" + proposal.getApproach())
			.tags(proposal.getMilestones().stream().map(Milestone::title).toList())
			.status(proposal.getStatus().name())
			.attribute(Readers.ATTRIBUTE, ProposalAccess.confidentialReaders(proposal))
			.build());
		if (proposal.getStatus().isPublic()) {
			documents.add(SearchDocument.builder(id + PUBLIC_COPY, DocumentType.PROPOSAL, proposal.getUpdatedAt())
				.title(proposal.getPublicTitle())
				.text(proposal.getPublicSummary())
				.status(proposal.getStatus().name())
				.attribute(Readers.ATTRIBUTE, Readers.PUBLIC)
				.build());
		}
		return documents;
	}

	/**
	 * How many submitted proposals each theme has in each status, in one aggregation:
	 * figures for reporting, which are public-grade although the proposals are not.
	 */
	@PreAuthorize("permitAll()")
	public Map<String, Map<ProposalStatus, Long>> countByThemeAndStatus() {
		Aggregation count = Aggregation.newAggregation(Aggregation.match(Criteria.where("submittedAt").ne(null)),
				Aggregation.group("themeId", "status").count().as("count"));
		Map<String, Map<ProposalStatus, Long>> counts = new TreeMap<>();
		for (Document row : this.mongo.aggregate(count, Proposal.class, Document.class)) {
			Document key = row.get("_id", Document.class);
			counts.computeIfAbsent(key.getString("themeId"), (id) -> new EnumMap<>(ProposalStatus.class))
				.put(ProposalStatus.valueOf(key.getString("status")), ((Number) row.get("count")).longValue());
		}
		return counts;
	}

	/**
	 * The proposals in the given states, oldest first, whoever asks: reporting and open
	 * data read the public ones ({@link ProposalStatus#PUBLIC}) through it.
	 */
	@PreAuthorize("permitAll()")
	public List<Proposal> findByStatus(Collection<ProposalStatus> statuses) {
		Query query = Query.query(Criteria.where("status").in(statuses)).with(Sort.by("createdAt").and(Sort.by("id")));
		return this.mongo.find(query, Proposal.class);
	}

	private Connection<Proposal> page(Criteria criteria, PageRequest page) {
		Query query = Query.query(criteria);
		long total = this.mongo.count(query, Proposal.class);
		query.with(NEWEST_FIRST).skip(page.offset()).limit(page.limit());
		return Connection.of(this.mongo.find(query, Proposal.class), page, total);
	}

	private static String storeIdOf(String globalId, String type, String field) {
		return GlobalId.idOf(globalId, type)
			.orElseThrow(() -> new IllegalArgumentException(
					"filter." + field + " must be the global id of a " + type + ", not '" + globalId + "'."));
	}

}
