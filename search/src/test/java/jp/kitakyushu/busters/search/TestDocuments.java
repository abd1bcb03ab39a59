package jp.kitakyushu.busters.search;

import java.time.Instant;
import java.util.List;

/**
 * Small realistic documents and sources for the library's tests.
 */
public final class TestDocuments {

	/** A fixed instant the test documents are updated at, plus their index in seconds. */
	public static final Instant BASE = Instant.parse("2026-04-01T00:00:00Z");

	private TestDocuments() {
	}

	public static SearchDocument problem(String id, String title, String text, int second) {
		return SearchDocument.builder(id, DocumentType.PROBLEM, BASE.plusSeconds(second))
			.title(title)
			.text(text)
			.category("高齢者・福祉")
			.ward("小倉北区")
			.status("PUBLISHED")
			.attribute("visibility", "PUBLIC")
			.build();
	}

	public static List<SearchDocument> civicProblems() {
		return List.of(
				SearchDocument.builder("p1", DocumentType.PROBLEM, BASE.plusSeconds(1))
					.title("ごみ出しを手伝ってほしい")
					.text("高齢者のごみ出しを手伝う人がいない。集積所まで坂道が続き、お年寄りには重い袋を運べない。")
					.category("環境・ごみ")
					.ward("八幡東区")
					.status("PUBLISHED")
					.attribute("visibility", "PUBLIC")
					.build(),
				SearchDocument.builder("p2", DocumentType.PROBLEM, BASE.plusSeconds(2))
					.title("バス停に屋根がない")
					.text("小倉南区のバス停には屋根もベンチもなく、雨の日に高齢者が立って待っている。")
					.category("交通・移動")
					.ward("小倉南区")
					.status("PUBLISHED")
					.attribute("visibility", "PUBLIC")
					.build(),
				SearchDocument.builder("p3", DocumentType.PROBLEM, BASE.plusSeconds(3))
					.title("空き家が放置されている")
					.text("近所の空家が何年も放置され、雑草と不法投棄のごみが増えている。")
					.category("環境・ごみ")
					.ward("門司区")
					.status("PUBLISHED")
					.attribute("visibility", "PUBLIC")
					.build(),
				SearchDocument.builder("p4", DocumentType.PROBLEM, BASE.plusSeconds(4))
					.title("The bus stop has no shelter")
					.text("Elderly residents wait in the rain at the bus stop near the ward office.")
					.category("交通・移動")
					.ward("小倉北区")
					.status("SUBMITTED")
					.attribute("visibility", "RESTRICTED")
					.build(),
				SearchDocument.builder("p5", DocumentType.PROBLEM, BASE.plusSeconds(5))
					.title("区役所の窓口が混んでいる")
					.text("区役所の窓口で手続きの待ち時間が一時間以上かかる。オンライン申請を増やしてほしい。")
					.category("行政手続き")
					.ward("戸畑区")
					.status("PUBLISHED")
					.attribute("visibility", "PUBLIC")
					.build());
	}

}
