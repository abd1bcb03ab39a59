package jp.kitakyushu.busters.api.open311;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kitakyushu.busters.api.category.CategoryCatalog;
import jp.kitakyushu.busters.api.problem.Contact;
import jp.kitakyushu.busters.api.problem.GeoPoint;
import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.problem.ProblemIntake;
import jp.kitakyushu.busters.api.problem.Ward;
import jp.kitakyushu.busters.api.system.RateLimitedException;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.submission.Submitter;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Takes in a {@code POST requests}: checks the key and the jurisdiction, reads the
 * service, location, ward and text, and hands the problem to the problem feature with
 * channel OPEN311, where it waits for moderation. The contact details a client sends are
 * kept for staff only.
 */
@Component
class Open311Intake {

	/** The longest description accepted, as for problems submitted on the web. */
	static final int MAX_DESCRIPTION = 4000;

	private static final int TITLE_FROM_DESCRIPTION = 40;

	private final ApiKeys keys;

	private final ProblemIntake problems;

	private final CategoryCatalog categories;

	private final Open311Properties properties;

	private final MongoTemplate mongo;

	Open311Intake(ApiKeys keys, ProblemIntake problems, CategoryCatalog categories, Open311Properties properties,
			MongoTemplate mongo) {
		this.keys = keys;
		this.problems = problems;
		this.categories = categories;
		this.properties = properties;
		this.mongo = mongo;
	}

	/** Creates the problem; returns the answer's one element. */
	Map<String, Object> submit(Map<String, String> form, String clientAddress) {
		ApiKey key = this.keys.recognise(form.get("api_key"))
			.orElseThrow(() -> Open311Exception.forbidden(
					form.containsKey("api_key") ? "The api_key is not valid or was revoked. Ask the city for a key."
							: "An api_key is required to submit a request. Ask the city for a key."));
		checkJurisdiction(form.get("jurisdiction_id"));
		String code = blankToNull(form.get("service_code"));
		if (code == null) {
			throw Open311Exception.badRequest("service_code is required: GET services.json lists them.");
		}
		if (this.categories.find(code).isEmpty()) {
			throw Open311Exception.notFound("No service has the code '" + code + "'. GET services.json lists them.");
		}
		String description = blankToNull(form.get("description"));
		if (description == null) {
			throw Open311Exception.badRequest("description is required: say what the problem is.");
		}
		if (description.codePointCount(0, description.length()) > MAX_DESCRIPTION) {
			throw Open311Exception.badRequest("description has " + description.codePointCount(0, description.length())
					+ " characters; at most " + MAX_DESCRIPTION + " are accepted.");
		}
		GeoPoint location = location(form);
		String address = blankToNull(form.get("address_string"));
		if (location == null && address == null && blankToNull(form.get("address_id")) == null) {
			throw Open311Exception.badRequest("A location is required: give lat and long, or address_string.");
		}
		Ward ward = ward(form.get("attribute[" + Open311Services.WARD + "]"), address);
		String title = title(form.get("attribute[" + Open311Services.TITLE + "]"), description);
		Contact contact = new Contact(name(form), blankToNull(form.get("phone")), blankToNull(form.get("email")),
				address, note(form));
		if (!this.keys.admit(key)) {
			throw new Open311Exception(429, "This api_key has used its " + key.perHourLimit()
					+ " submissions for this hour; try again in the next hour.");
		}
		Problem problem;
		try {
			// The submission limits count per key and per client address, as on the web.
			problem = this.problems.submitFromChannel(title, description, code, ward, location, contact,
					new Submitter("open311:" + key.id(), clientAddress));
		}
		catch (UserErrorException ex) {
			throw Open311Exception.badRequest(String.join(" ", ex.errors().stream().map(UserError::message).toList()));
		}
		catch (RateLimitedException ex) {
			throw new Open311Exception(429, ex.getMessage());
		}
		String token = UUID.randomUUID().toString();
		this.mongo.insert(new Token(token, problem.getId()));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", problem.getId());
		answer.put("token", token);
		answer.put("service_notice", "内容を確認してから公開します (published after moderation; personal data is never shown)");
		answer.put("account_id", null);
		return answer;
	}

	/** The request a token stands for. */
	Map<String, Object> token(String token) {
		Token found = this.mongo.findById(token, Token.class);
		if (found == null) {
			throw Open311Exception.notFound("No request has the token '" + token + "'.");
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", found.problemId());
		answer.put("token", token);
		return answer;
	}

	void checkJurisdiction(@Nullable String jurisdiction) {
		if (jurisdiction != null && !jurisdiction.equals(this.properties.jurisdictionId())) {
			throw Open311Exception.notFound("This endpoint serves jurisdiction_id " + this.properties.jurisdictionId()
					+ ", not '" + jurisdiction + "'.");
		}
	}

	private static @Nullable GeoPoint location(Map<String, String> form) {
		String lat = blankToNull(form.get("lat"));
		String lon = blankToNull(form.get("long"));
		if (lat == null && lon == null) {
			return null;
		}
		if (lat == null || lon == null) {
			throw Open311Exception.badRequest("Give both lat and long, or neither.");
		}
		GeoPoint point;
		try {
			point = new GeoPoint(Double.parseDouble(lat), Double.parseDouble(lon));
		}
		catch (NumberFormatException ex) {
			throw Open311Exception.badRequest("lat and long must be decimal degrees, e.g. lat=33.883&long=130.875.");
		}
		if (!point.insideCity()) {
			throw Open311Exception.badRequest("The location (" + lat + ", " + lon
					+ ") is outside Kitakyushu: this endpoint takes requests inside the city only.");
		}
		return point;
	}

	private static Ward ward(@Nullable String attribute, @Nullable String address) {
		if (blankToNull(attribute) != null) {
			return Arrays.stream(Ward.values())
				.filter((ward) -> ward.name().equals(attribute.strip()))
				.findFirst()
				.orElseThrow(() -> Open311Exception.badRequest("attribute[WARD] '" + attribute
						+ "' is not a ward: GET services/{service_code}.json lists the values."));
		}
		if (address != null) {
			for (Ward ward : Ward.values()) {
				if (ward != Ward.CITYWIDE
						&& (address.contains(ward.nameJa()) || address.toLowerCase(java.util.Locale.ROOT)
							.contains(ward.nameEn().toLowerCase(java.util.Locale.ROOT)))) {
					return ward;
				}
			}
		}
		return Ward.CITYWIDE;
	}

	private static String title(@Nullable String attribute, String description) {
		if (blankToNull(attribute) != null) {
			return attribute.strip();
		}
		String firstLine = description.strip().lines().findFirst().orElse(description.strip());
		return (firstLine.codePointCount(0, firstLine.length()) <= TITLE_FROM_DESCRIPTION) ? firstLine
				: firstLine.substring(0, firstLine.offsetByCodePoints(0, TITLE_FROM_DESCRIPTION)) + "…";
	}

	private static @Nullable String name(Map<String, String> form) {
		String name = String.join(" ", List.of(form.getOrDefault("last_name", ""), form.getOrDefault("first_name", "")))
			.strip();
		return name.isEmpty() ? null : name;
	}

	private static @Nullable String note(Map<String, String> form) {
		StringBuilder note = new StringBuilder("Open311");
		for (String field : List.of("device_id", "account_id", "media_url")) {
			if (blankToNull(form.get(field)) != null) {
				note.append("; ").append(field).append('=').append(form.get(field).strip());
			}
		}
		return note.toString();
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * The token a client can exchange for its request's id.
	 *
	 * @param id the token
	 * @param problemId the request's problem
	 */
	@Document("open311_tokens")
	record Token(@Id String id, String problemId) {
	}

}
