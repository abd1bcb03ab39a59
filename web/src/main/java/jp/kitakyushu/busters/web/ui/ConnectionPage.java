package jp.kitakyushu.busters.web.ui;

import java.util.HashMap;
import java.util.Map;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;

/**
 * A numbered page of a list the api answers as a connection ({@code nodes} and
 * {@code totalCount}), loaded and put on a page's model: whether the api answered
 * ({@code available}), the page's items under the list's name, and the {@code pager}.
 *
 * @param document the api document, e.g. {@code citizen/myProblems}
 * @param connection the connection's path in the answer, e.g. {@code myProblems}
 * @param attribute the model attribute the items go under, e.g. {@code problems}
 * @param node the type each item is read as
 * @param path the list's path on this site, for the pager's links
 * @param size items per page
 */
public record ConnectionPage(String document, String connection, String attribute, Class<?> node, String path,
		int size) {

	/**
	 * Asks the api for the requested page (the first when it is missing or out of range)
	 * and fills the model.
	 * @return the api's answer, for anything else the page shows
	 */
	public ApiResult load(ApiClient api, @Nullable Integer requested, Model model) {
		int page = Pager.page(requested);
		Map<String, Object> variables = new HashMap<>(Map.of("first", this.size));
		Pager.addCursor(variables, page, this.size);
		ApiResult result = api.execute(this.document, variables);
		model.addAttribute("available", result.has(this.connection));
		model.addAttribute(this.attribute, result.list(this.connection + ".nodes", this.node));
		model.addAttribute("pager", new Pager(page, this.size,
				result.field(this.connection + ".totalCount", Long.class).orElse(0L), this.path, Map.of()));
		return result;
	}

}
