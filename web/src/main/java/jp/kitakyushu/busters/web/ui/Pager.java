package jp.kitakyushu.busters.web.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Numbered pages over an api list: which page the visitor is on, the {@code after} cursor
 * to ask the api for it, and the links of the pager fragment ({@code ui/pager}), which
 * keep the list's other parameters (search words, filters, order).
 *
 * @param page the page shown, from 1
 * @param size items per page
 * @param total items in the whole list
 * @param path the list's path, e.g. {@code /problems}
 * @param parameters the list's other query parameters, kept on every link
 */
public record Pager(int page, int size, long total, String path, Map<String, String> parameters) {

	/** The most pages a visitor may jump to, so a bad link cannot ask for page 10⁹. */
	public static final int MAX_PAGE = 10_000;

	public Pager {
		parameters = new LinkedHashMap<>(parameters);
		parameters.values().removeIf((value) -> value == null || value.isBlank());
	}

	/** The page asked for in the URL, or 1 when missing or out of range. */
	public static int page(@Nullable Integer requested) {
		return (requested == null || requested < 1 || requested > MAX_PAGE) ? 1 : requested;
	}

	/**
	 * The api's {@code after} cursor for a page, or null for the first. The api's list
	 * cursors name the position of the item before the page (see its
	 * {@code PageRequest}); this is the only place the web relies on that.
	 */
	public static @Nullable String after(int page, int size) {
		if (page <= 1) {
			return null;
		}
		int lastBefore = (page - 1) * size - 1;
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("o:" + lastBefore).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Adds a page's {@code after} cursor to a list query's variables (nothing for the
	 * first page).
	 */
	public static void addCursor(Map<String, Object> variables, int page, int size) {
		String after = after(page, size);
		if (after != null) {
			variables.put("after", after);
		}
	}

	/** How many pages the list has (at least 1). */
	public int pageCount() {
		return (int) Math.max(1, Math.min(MAX_PAGE, (this.total + this.size - 1) / this.size));
	}

	/** The number of the first item shown (1-based), or 0 when the list is empty. */
	public long firstItem() {
		return (this.total == 0) ? 0 : Math.min(this.total, (long) (this.page - 1) * this.size + 1);
	}

	/** The number of the last item shown. */
	public long lastItem() {
		return Math.min(this.total, (long) this.page * this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < pageCount();
	}

	/** Whether there is more than one page, so the pager is worth showing. */
	public boolean needed() {
		return pageCount() > 1;
	}

	/** The link to a page. */
	public String url(int target) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(this.path);
		this.parameters.forEach(uri::queryParam);
		if (target > 1) {
			uri.queryParam("page", target);
		}
		return uri.encode().build().toUriString();
	}

	/**
	 * The page numbers to offer: the first, the last, and two on each side of the current
	 * one; {@code 0} stands for a gap ("…").
	 */
	public List<Integer> numbers() {
		List<Integer> numbers = new ArrayList<>();
		int last = pageCount();
		for (int n = 1; n <= last; n++) {
			if (n == 1 || n == last || Math.abs(n - this.page) <= 2) {
				numbers.add(n);
			}
			else if (numbers.get(numbers.size() - 1) != 0) {
				numbers.add(0);
			}
		}
		return numbers;
	}

}
