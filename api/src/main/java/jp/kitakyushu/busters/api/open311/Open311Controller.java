package jp.kitakyushu.busters.api.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jp.kitakyushu.busters.api.open311.Open311Formats.Items;
import jp.kitakyushu.busters.api.open311.Open311Requests.RequestQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 at {@code /open311/v2/}: every resource in {@code .json} and
 * {@code .xml}, errors as the specification's array of {@code code} and
 * {@code description} with the same HTTP status.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

	private final Open311Services services;

	private final Open311Requests requests;

	private final Open311Intake intake;

	private final Open311Properties properties;

	Open311Controller(Open311Services services, Open311Requests requests, Open311Intake intake,
			Open311Properties properties) {
		this.services = services;
		this.requests = requests;
		this.intake = intake;
		this.properties = properties;
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", SPECIFICATION);
		endpoint.put("url", request.getRequestURL().toString().replaceFirst("/discovery\\.[^/]*$", ""));
		endpoint.put("changeset", "2026-04-01T00:00:00+09:00");
		endpoint.put("type", "production");
		endpoint.put("formats", new Items("format", List.of("text/xml", "application/json")));
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", "2026-04-01T00:00:00+09:00");
		discovery.put("contact", this.properties.contact());
		discovery.put("key_service", "API keys are issued by city staff (open311ApiKeyIssue).");
		discovery.put("endpoints", new Items("endpoint", List.of(endpoint)));
		return answer(format, "discovery", discovery);
	}

	@GetMapping("/services.{format}")
	ResponseEntity<String> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction) {
		String checked = Open311Formats.format(format);
		this.intake.checkJurisdiction(jurisdiction);
		return answer(checked, "services", this.services.list());
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction) {
		String checked = Open311Formats.format(format);
		this.intake.checkJurisdiction(jurisdiction);
		return answer(checked, "service_definition", this.services.definition(code));
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<String> requests(@PathVariable String format, @RequestParam Map<String, String> params) {
		String checked = Open311Formats.format(format);
		this.intake.checkJurisdiction(params.get("jurisdiction_id"));
		String ids = Open311Intake.blankToNull(params.get("service_request_id"));
		if (ids != null) {
			// The specification: with ids given, every other parameter is ignored.
			return answer(checked, "service_requests", this.requests.byIds(Arrays.asList(ids.split("\\s*,\\s*"))));
		}
		return answer(checked, "service_requests", this.requests.search(query(params)));
	}

	@PostMapping("/requests.{format}")
	ResponseEntity<String> submit(@PathVariable String format, @RequestParam Map<String, String> form,
			HttpServletRequest request) {
		String checked = Open311Formats.format(format);
		Map<String, Object> created = this.intake.submit(form, request.getRemoteAddr());
		return answer(checked, "service_requests", new Items("request", List.of(created)), HttpStatus.CREATED);
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction) {
		String checked = Open311Formats.format(format);
		this.intake.checkJurisdiction(jurisdiction);
		Items found = this.requests.byIds(List.of(id));
		if (found.items().isEmpty()) {
			throw Open311Exception.notFound("No service request has the id '" + id + "'.");
		}
		return answer(checked, "service_requests", found);
	}

	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction) {
		String checked = Open311Formats.format(format);
		this.intake.checkJurisdiction(jurisdiction);
		return answer(checked, "service_requests", new Items("request", List.of(this.intake.token(token))));
	}

	@ExceptionHandler(Open311Exception.class)
	ResponseEntity<String> refused(Open311Exception ex, HttpServletRequest request) {
		String path = request.getRequestURI();
		String format = path.endsWith(".xml") ? "xml" : "json";
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", ex.status());
		error.put("description", ex.getMessage());
		return answer(format, "errors", new Items("error", List.of(error)), HttpStatus.valueOf(ex.status()));
	}

	private RequestQuery query(Map<String, String> params) {
		Instant end = instant(params.get("end_date"), "end_date", this.requests.now());
		Instant start = instant(params.get("start_date"), "start_date",
				end.minus(Duration.ofDays(this.properties.defaultDays())));
		if (!start.isBefore(end)) {
			throw Open311Exception.badRequest("start_date must be before end_date.");
		}
		TreeSet<String> statuses = new TreeSet<>();
		String status = Open311Intake.blankToNull(params.get("status"));
		if (status != null) {
			for (String one : status.split("\\s*,\\s*")) {
				if (!one.equals("open") && !one.equals("closed")) {
					throw Open311Exception.badRequest("status '" + one + "' is not open or closed.");
				}
				statuses.add(one);
			}
		}
		String effective = (statuses.size() == 1) ? statuses.first() : "any";
		int page = number(params.get("page"), "page", 1, 1, Integer.MAX_VALUE / this.properties.maxPageSize());
		int pageSize = number(params.get("page_size"), "page_size", 50, 1, this.properties.maxPageSize());
		return new RequestQuery(Open311Intake.blankToNull(params.get("service_code")), effective, start, end, page,
				pageSize);
	}

	private static Instant instant(@Nullable String value, String name, Instant otherwise) {
		if (Open311Intake.blankToNull(value) == null) {
			return otherwise;
		}
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw Open311Exception
				.badRequest(name + " '" + value + "' is not a w3c date-time such as 2026-04-01T00:00:00+09:00.");
		}
	}

	private static int number(@Nullable String value, String name, int otherwise, int min, int max) {
		if (Open311Intake.blankToNull(value) == null) {
			return otherwise;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw Open311Exception
			.badRequest(name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'.");
	}

	private static ResponseEntity<String> answer(String format, String root, Object body) {
		return answer(format, root, body, HttpStatus.OK);
	}

	private static ResponseEntity<String> answer(String format, String root, Object body, HttpStatus status) {
		String checked = Open311Formats.format(format);
		return ResponseEntity.status(status)
			.header("Content-Type", Open311Formats.contentType(checked))
			.body(Open311Formats.write(checked, root, body));
	}

}
