package jp.kitakyushu.busters.api.company;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyFilter;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.NodeLoader;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.index.RecentCopies;
import jp.kitakyushu.busters.api.system.index.StoredSearchable;
import jp.kitakyushu.busters.api.system.security.Readers;
import jp.kitakyushu.busters.api.system.security.Viewer;
import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.query.DocumentLists;
import jp.kitakyushu.busters.search.query.ListFilter;
import jp.kitakyushu.busters.search.query.ListRequest;
import jp.kitakyushu.busters.search.query.ListRequest.Order;
import jp.kitakyushu.busters.search.query.ListResults;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The read side of companies, always under {@link CompanyAccess}: lists, companies by id
 * (also for {@code node(id:)}), memberships, and the checks other features make before
 * they let a company act.
 */
@Service
public class CompanyQueries extends StoredSearchable<Company> implements NodeLoader {

	/** GraphQL type name, for global ids and the audit trail. */
	public static final String TYPE = "Company";

	private static final String NAME = "name";

	private static final String STORE_ID = "storeId";

	private final MongoTemplate mongo;

	private final DocumentLists lists;

	private final RecentCopies<Company> recent;

	CompanyQueries(MongoTemplate mongo, DocumentLists lists, Clock clock) {
		super(mongo, Company.class);
		this.mongo = mongo;
		this.lists = lists;
		this.recent = new RecentCopies<>(clock);
	}

	@PreAuthorize("permitAll()")
	public Connection<Company> list(@Nullable CompanyFilter filter, PageRequest page) {
		boolean staff = CompanyAccess.isStaff(Viewer.current());
		CompanyStatus status = (filter != null) ? filter.status() : null;
		if (!staff && status != null && status != CompanyStatus.VERIFIED) {
			return Connection.of(List.of(), page, 0);
		}
		List<ListFilter> all = new ArrayList<>();
		all.add(ListFilter.type(DocumentType.COMPANY));
		all.add(ListFilter.keyword(Readers.ATTRIBUTE, staff ? Readers.STAFF : Readers.PUBLIC));
		if (status != null) {
			all.add(ListFilter.keyword("status", status.name()));
		}
		if (filter != null && filter.tag() != null && !filter.tag().isBlank()) {
			all.add(ListFilter.keyword("tag", normalizeTag(filter.tag())));
		}
		if (filter != null && filter.text() != null && !filter.text().isBlank()) {
			all.add(ListFilter.containsText(filter.text().strip()));
		}
		ListResults results = this.lists.list(new ListRequest(ListFilter.allOf(all.toArray(ListFilter[]::new)),
				List.of(Order.byKey(NAME, false), Order.byUniqueShortKey(STORE_ID, false)), page.offset(), page.limit(),
				false));
		// The page's companies as the index holds them: kept copies at the same change,
		// the others from the store in one read.
		Map<String, Instant> changes = RecentCopies.pageChanges(results, TYPE);
		List<String> ids = List.copyOf(changes.keySet());
		Map<String, Company> found = visibleAmong(
				this.recent.orRead(changes, List.of(), (missing) -> findAll(missing).values()));
		return Connection.of(ids.stream().map(found::get).filter(Objects::nonNull).toList(), page,
				results.totalCount());
	}

	@PreAuthorize("hasRole('COMPANY')")
	public Connection<Company> mine(PageRequest page) {
		return page(Criteria.where("members.subject").is(Viewer.require().subject()), page);
	}

	/** The companies among {@code ids} the current caller may see, keyed by id. */
	@PreAuthorize("permitAll()")
	public Map<String, Company> findVisible(Collection<String> ids) {
		return visibleAmong(findAll(ids).values());
	}

	private static Map<String, Company> visibleAmong(Iterable<Company> companies) {
		Optional<Viewer> viewer = Viewer.current();
		Map<String, Company> visible = new LinkedHashMap<>();
		for (Company company : companies) {
			if (CompanyAccess.canRead(company, viewer)) {
				visible.put(company.getId(), company);
			}
		}
		return visible;
	}

	/**
	 * Companies by store id whoever asks, keyed by id; for modules that have already
	 * decided the caller may see them.
	 */
	@PreAuthorize("permitAll()")
	public Map<String, Company> findAll(Collection<String> ids) {
		Map<String, Company> found = new LinkedHashMap<>();
		this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Company.class)
			.forEach((company) -> found.put(company.getId(), company));
		return found;
	}

	/** A company by store id, whatever its state and whoever asks. */
	@PreAuthorize("permitAll()")
	public Optional<Company> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Company.class));
	}

	/**
	 * The store ids of the companies the subject belongs to, for access checks elsewhere.
	 */
	@PreAuthorize("permitAll()")
	public Set<String> memberCompanyIds(String subject) {
		Query query = Query.query(Criteria.where("members.subject").is(subject));
		query.fields().include("_id");
		Set<String> ids = new LinkedHashSet<>();
		this.mongo.find(query, Company.class).forEach((company) -> ids.add(company.getId()));
		return ids;
	}

	/**
	 * The company named by a global id in a mutation's input, if the caller is one of its
	 * members and it is verified (only verified companies propose); a user error on
	 * {@code field} otherwise.
	 */
	@PreAuthorize("hasRole('COMPANY')")
	public Company requireProposingMember(String globalId, String field) {
		Viewer user = Viewer.require();
		Company company = loadAsMember(globalId, field, user);
		if (company.getStatus() != CompanyStatus.VERIFIED) {
			throw new UserErrorException(
					UserError.of(field, UserErrorCode.WRONG_STATE, "Only verified companies submit proposals; "
							+ company.getName() + " is " + company.getStatus() + "."));
		}
		return company;
	}

	/** How many companies are in each status: a public-grade figure for reporting. */
	@PreAuthorize("permitAll()")
	public Map<CompanyStatus, Long> countByStatus() {
		Map<CompanyStatus, Long> counts = new EnumMap<>(CompanyStatus.class);
		for (CompanyStatus status : CompanyStatus.values()) {
			counts.put(status, this.mongo.count(Query.query(Criteria.where("status").is(status)), Company.class));
		}
		return counts;
	}

	@Override
	public Set<String> nodeTypes() {
		return Set.of(TYPE);
	}

	@Override
	public Map<String, Company> loadVisible(String type, Collection<String> ids) {
		return findVisible(ids);
	}

	@Override
	public String entityType() {
		return TYPE;
	}

	@Override
	protected List<SearchDocument> documentsOf(Company company) {
		return List.of(document(company));
	}

	/**
	 * A company's public profile as the index holds it, readable as {@link CompanyAccess}
	 * says.
	 */
	private static SearchDocument document(Company company) {
		return SearchDocument
			.builder(GlobalId.encode(TYPE, company.getId()), DocumentType.COMPANY, company.getUpdatedAt())
			.title(company.getName())
			.text(company.getDescription() + "\n" + company.getCapabilities())
			.tags(company.getTags())
			.status(company.getStatus().name())
			.attribute(Readers.ATTRIBUTE, CompanyAccess.readers(company))
			.build();
	}

	/** The company named in an input, if the user is a member; a user error otherwise. */
	Company loadAsMember(String globalId, String field, Viewer user) {
		UserErrorException notFound = new UserErrorException(
				UserError.of(field, UserErrorCode.NOT_FOUND, "No company has the id " + globalId + "."));
		Company company = GlobalId.idOf(globalId, TYPE).flatMap(this::findById).orElseThrow(() -> notFound);
		if (!CompanyAccess.isMember(company, user)) {
			if (!CompanyAccess.canRead(company, Optional.of(user))) {
				throw notFound;
			}
			throw new UserErrorException(UserError.of(field, UserErrorCode.NOT_ALLOWED,
					"You are not a member of " + company.getName() + "."));
		}
		return company;
	}

	/** The company named in an input, whatever its state; a user error when unknown. */
	Company load(String globalId) {
		return GlobalId.idOf(globalId, TYPE)
			.flatMap(this::findById)
			.orElseThrow(() -> new UserErrorException(
					UserError.of("companyId", UserErrorCode.NOT_FOUND, "No company has the id " + globalId + ".")));
	}

	/** Tags are trimmed, width-normalised, de-duplicated and blank ones dropped. */
	static List<String> normalizeTags(@Nullable List<String> tags) {
		if (tags == null) {
			return List.of();
		}
		return tags.stream().map(CompanyQueries::normalizeTag).filter((tag) -> !tag.isEmpty()).distinct().toList();
	}

	static String normalizeTag(String tag) {
		return Normalizer.normalize(tag, Normalizer.Form.NFKC).strip();
	}

	private Connection<Company> page(Criteria criteria, PageRequest page) {
		Query query = Query.query(criteria);
		long total = this.mongo.count(query, Company.class);
		query.with(Sort.by(Sort.Direction.ASC, "name").and(Sort.by(Sort.Direction.ASC, "id")))
			.skip(page.offset())
			.limit(page.limit());
		return Connection.of(this.mongo.find(query, Company.class), page, total);
	}

}
