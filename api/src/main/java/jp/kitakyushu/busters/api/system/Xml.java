package jp.kitakyushu.busters.api.system;

/**
 * Escapes text for XML documents: Open311's XML answers and the annual report's XHTML and
 * SVG, which the PDF renderer parses as XML.
 */
public final class Xml {

	private Xml() {
	}

	/**
	 * The text with the five markup characters replaced by references and the control
	 * characters XML 1.0 forbids left out (they carry nothing a reader needs).
	 * @param text any text
	 * @return text safe inside an element or an attribute value
	 */
	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				// &#39; rather than &apos;: the same in XML, and HTML 4 readers know it
				// too.
				case '\'' -> escaped.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

}
