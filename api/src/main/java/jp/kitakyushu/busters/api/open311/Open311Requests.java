package jp.kitakyushu.busters.api.open311;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.api.category.CategoryCatalog;
import jp.kitakyushu.busters.api.open311.Open311Formats.Items;
import jp.kitakyushu.busters.api.problem.GeoPoint;
import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.problem.ProblemQueries;
import jp.kitakyushu.busters.api.problem.ProblemStatus;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;

import org.springframework.stereotype.Component;

/**
 * Problems as Open311 service requests: only public text (personal data masked) and only
 * what a problem's state allows: a request still in moderation or rejected shows its
 * status and nothing of its text.
 */
@Component
class Open311Requests {

	static final Set<ProblemStatus> LISTED = Set.of(ProblemStatus.PUBLISHED, ProblemStatus.ADOPTED,
			ProblemStatus.RESOLVED);

	private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private static final ZoneOffset JAPAN = ZoneOffset.ofHours(9);

	private final ProblemQueries problems;

	private final CategoryCatalog categories;

	private final Clock clock;

	Open311Requests(ProblemQueries problems, CategoryCatalog categories, Clock clock) {
		this.problems = problems;
		this.categories = categories;
		this.clock = clock;
	}

	/** The requests with these ids (any state), in the order asked. */
	Items byIds(Collection<String> ids) {
		List<Map<String, Object>> requests = new ArrayList<>();
		for (String id : ids) {
			if (id.matches("[0-9a-f]{24}")) {
				this.problems.findById(id).ifPresent((problem) -> requests.add(request(problem)));
			}
		}
		return new Items("request", requests);
	}

	/** Listed requests (public states) matching the query, newest first. */
	Items search(RequestQuery query) {
		Set<ProblemStatus> statuses = switch (query.status()) {
			case "open" -> Set.of(ProblemStatus.PUBLISHED, ProblemStatus.ADOPTED);
			case "closed" -> Set.of(ProblemStatus.RESOLVED);
			default -> LISTED;
		};
		Connection<Problem> page = this.problems.listSubmittedBetween(statuses, query.serviceCode(), query.start(),
				query.end(), new PageRequest((query.page() - 1) * query.pageSize(), query.pageSize()));
		List<Map<String, Object>> requests = new ArrayList<>();
		for (Problem problem : page.nodes()) {
			if (LISTED.contains(problem.getStatus())) {
				requests.add(request(problem));
			}
		}
		return new Items("request", requests);
	}

	Map<String, Object> request(Problem problem) {
		boolean visible = LISTED.contains(problem.getStatus()) || problem.getStatus() == ProblemStatus.MERGED;
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("service_request_id", problem.getId());
		request.put("status",
				(problem.getStatus() == ProblemStatus.SUBMITTED || problem.getStatus() == ProblemStatus.PUBLISHED
						|| problem.getStatus() == ProblemStatus.ADOPTED) ? "open" : "closed");
		request.put("status_notes", notes(problem));
		request.put("service_name", this.categories.get(problem.getCategory()).nameJa());
		request.put("service_code", problem.getCategory());
		request.put("description", visible ? problem.getPublicBody() : null);
		request.put("agency_responsible", "北九州市");
		request.put("service_notice", null);
		request.put("requested_datetime", w3c(problem.getCreatedAt()));
		request.put("updated_datetime", w3c(problem.getUpdatedAt()));
		request.put("expected_datetime", null);
		request.put("address", visible
				? "北九州市" + (problem.getWard().name().equals("CITYWIDE") ? "" : problem.getWard().nameJa()) : null);
		request.put("address_id", null);
		request.put("zipcode", null);
		GeoPoint location = problem.getLocation();
		// Rounded to about 100 m: where the problem is, not whose door it is.
		request.put("lat", (visible && location != null) ? rounded(location.lat()) : null);
		request.put("long", (visible && location != null) ? rounded(location.lon()) : null);
		request.put("media_url", null);
		return request;
	}

	private static String notes(Problem problem) {
		return switch (problem.getStatus()) {
			case SUBMITTED -> "受付済み・内容を確認中です (received, awaiting moderation)";
			case PUBLISHED -> "公開中 (published)";
			case ADOPTED -> "提案テーマに採用されました (taken up by a theme)";
			case RESOLVED -> "実証により解決しました (solved by a funded demonstration)";
			case REJECTED -> "公開されませんでした (not published)";
			case MERGED -> "同じ内容の課題にまとめました (merged into " + problem.getMergedInto() + ")";
		};
	}

	Instant now() {
		return this.clock.instant();
	}

	static String w3c(Instant instant) {
		return W3C.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(JAPAN));
	}

	private static BigDecimal rounded(double degrees) {
		return BigDecimal.valueOf(degrees).setScale(3, RoundingMode.HALF_EVEN);
	}

	/**
	 * A checked {@code GET requests} query.
	 *
	 * @param serviceCode only this service (category), or null
	 * @param status {@code open}, {@code closed} or {@code any}
	 * @param start submitted at or after
	 * @param end submitted before
	 * @param page the page, from 1
	 * @param pageSize requests per page
	 */
	record RequestQuery(@org.jspecify.annotations.Nullable String serviceCode, String status, Instant start,
			Instant end, int page, int pageSize) {
	}

}
