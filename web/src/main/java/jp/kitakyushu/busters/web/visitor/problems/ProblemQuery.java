package jp.kitakyushu.busters.web.visitor.problems;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.web.ui.Wards;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor asked the problems list for, from the URL: search words, filters, order
 * and page. Values the api would not understand are dropped here, so a hand-edited link
 * shows the whole list rather than an error.
 *
 * @param q search words
 * @param category a category code
 * @param ward a ward code
 * @param status a public status
 * @param order {@code newest} or {@code supported}
 * @param page the page, from 1
 */
public record ProblemQuery(@Nullable String q, @Nullable String category, @Nullable String ward,
		@Nullable String status, @Nullable String order, @Nullable Integer page) {

	/** The statuses the public list offers. */
	static final Set<String> PUBLIC_STATUSES = Set.of("PUBLISHED", "ADOPTED", "RESOLVED");

	static final int MAX_WORDS = 200;

	public String words() {
		return (this.q != null) ? this.q.strip() : "";
	}

	public boolean searching() {
		return !words().isEmpty();
	}

	public boolean wordsTooLong() {
		return words().codePointCount(0, words().length()) > MAX_WORDS;
	}

	public String categoryCode() {
		return (this.category != null && this.category.matches("[A-Z_]{1,40}")) ? this.category : "";
	}

	public String wardCode() {
		return (this.ward != null && Wards.isKnown(this.ward)) ? this.ward : "";
	}

	public String statusCode() {
		return (this.status != null && PUBLIC_STATUSES.contains(this.status)) ? this.status : "";
	}

	public boolean mostSupported() {
		return "supported".equals(this.order);
	}

	/** The filters as the api's filter input (empty values left out). */
	Map<String, Object> filter() {
		Map<String, Object> filter = new LinkedHashMap<>();
		if (!categoryCode().isEmpty()) {
			filter.put("category", categoryCode());
		}
		if (!wardCode().isEmpty()) {
			filter.put("ward", wardCode());
		}
		if (!statusCode().isEmpty()) {
			filter.put("status", statusCode());
		}
		return filter;
	}

	/** The list's parameters for links, without the page. */
	public Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("q", words());
		parameters.put("category", categoryCode());
		parameters.put("ward", wardCode());
		parameters.put("status", statusCode());
		parameters.put("order", mostSupported() ? "supported" : "");
		return parameters;
	}

	/**
	 * The same query with one filter set to a value (or cleared with ""), from page 1.
	 */
	public ProblemQuery with(String name, String value) {
		return new ProblemQuery(this.q, name.equals("category") ? value : this.category,
				name.equals("ward") ? value : this.ward, name.equals("status") ? value : this.status, this.order, 1);
	}

}
