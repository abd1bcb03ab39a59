package jp.kitakyushu.busters.web.system;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words a template writes itself rather than taking from the messages: text that is
 * not inside an element whose content Thymeleaf replaces ({@code th:text},
 * {@code th:utext}, {@code th:replace}, {@code th:insert}, {@code th:errors}). Natural
 * templates keep sample text inside such elements, which is fine: it never reaches a
 * page. Punctuation alone (…, ·, |) is not words.
 */
final class HardCodedText {

	private static final Pattern TOKEN = Pattern
		.compile("<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>|([^<]+)");

	private static final Pattern WORDS = Pattern.compile("\\p{L}");

	private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
			"meta", "source", "track", "wbr", "path", "rect", "circle", "use");

	private static final Pattern REPLACES = Pattern.compile("\\sth:(text|utext|replace|insert|errors)=");

	private HardCodedText() {
	}

	static List<String> in(String name, String html) {
		List<String> found = new ArrayList<>();
		Deque<Boolean> replaced = new ArrayDeque<>();
		String body = html.replaceAll("(?is)<!DOCTYPE[^>]*>", "")
			.replaceAll("(?is)<script.*?</script>", "")
			.replaceAll("(?is)<style.*?</style>", "");
		Matcher token = TOKEN.matcher(body);
		while (token.find()) {
			if (token.group(5) != null) {
				String text = token.group(5).strip();
				boolean inReplaced = replaced.stream().anyMatch(Boolean::booleanValue);
				if (!inReplaced && WORDS.matcher(text).find()) {
					found.add(name + ": \"" + text + "\"");
				}
				continue;
			}
			String tag = token.group(2).toLowerCase();
			boolean closing = !token.group(1).isEmpty();
			boolean selfClosing = !token.group(4).isEmpty() || VOID.contains(tag);
			if (closing) {
				if (!replaced.isEmpty()) {
					replaced.pop();
				}
			}
			else if (!selfClosing) {
				replaced.push(REPLACES.matcher(token.group(3)).find());
			}
		}
		return found;
	}

}
