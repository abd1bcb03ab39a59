package jp.kitakyushu.busters.api.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text put into XML answers and the annual report stays well-formed whatever was written.
 */
class XmlTests {

	@Test
	void replacesTheFiveMarkupCharacters() {
		assertThat(Xml.escape("<a href=\"x\">Tom & Jerry's</a>"))
			.isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
	}

	@Test
	void leavesOutControlCharactersXmlForbidsButKeepsLineBreaksAndTabs() {
		assertThat(Xml.escape("一行目\n\t二行目\r\n\u0000\u0007\u001b終わり")).isEqualTo("一行目\n\t二行目\r\n終わり");
	}

	@Test
	void keepsJapaneseAndOtherTextAsItIs() {
		assertThat(Xml.escape("小倉北区のバス停 — 屋根がない")).isEqualTo("小倉北区のバス停 — 屋根がない");
	}

}
