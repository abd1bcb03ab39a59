package jp.kitakyushu.busters.search;

import java.util.List;

/**
 * A passage of plain, unescaped text with the character ranges that matched; callers
 * render it (for HTML, {@link #toHtml()} escapes the text and wraps matches in
 * {@code <mark>}).
 *
 * @param text the passage text, as stored (not escaped)
 * @param highlights matched ranges in {@code text}, sorted and non-overlapping
 */
public record Snippet(String text, List<Range> highlights) {

	public Snippet {
		highlights = List.copyOf(highlights);
	}

	/**
	 * The passage as HTML: text escaped, each match wrapped in {@code <mark>}.
	 * @return safe HTML
	 */
	public String toHtml() {
		StringBuilder html = new StringBuilder(this.text.length() + 16 * this.highlights.size());
		int at = 0;
		for (Range range : this.highlights) {
			escape(this.text, at, range.start(), html);
			html.append("<mark>");
			escape(this.text, range.start(), range.end(), html);
			html.append("</mark>");
			at = range.end();
		}
		escape(this.text, at, this.text.length(), html);
		return html.toString();
	}

	/**
	 * The matched substrings, in order.
	 * @return the highlighted words
	 */
	public List<String> highlightedTexts() {
		return this.highlights.stream().map((range) -> this.text.substring(range.start(), range.end())).toList();
	}

	private static void escape(String text, int from, int to, StringBuilder out) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
	}

	/**
	 * A half-open range {@code [start, end)} of characters.
	 *
	 * @param start first character
	 * @param end one past the last character
	 */
	public record Range(int start, int end) {

		public Range {
			if (start < 0 || end < start) {
				throw new IllegalArgumentException("bad range " + start + ".." + end);
			}
		}

	}

}
