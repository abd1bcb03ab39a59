package jp.kitakyushu.busters.api.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.problem.ProblemService;
import jp.kitakyushu.busters.api.proposal.ProposalScenario;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static jp.kitakyushu.busters.api.proposal.ProposalScenario.draft;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.shortlisted;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.step;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.themeId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The council's annual report over HTTP: a Japanese HTML page with SVG charts and tables,
 * and a PDF whose extracted text holds the headings and the year's figures.
 */
class AnnualReportIntegrationTests extends ApiIntegrationTest {

	static final YearMonth NOW = YearMonth.now(ZoneId.of("Asia/Tokyo"));

	static final int FISCAL_YEAR = (NOW.getMonthValue() >= 4) ? NOW.getYear() : NOW.getYear() - 1;

	@Autowired
	ProblemService problemService;

	private final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<byte[]> get(String path) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A theme whose selected proposal solved a problem and saved 1,200 hours a year. */
	void aYearWithAResult() {
		ThemeFixtures fixtures = new ThemeFixtures(this.mongo);
		Theme theme = fixtures.open();
		String company = ProposalScenario.companyA(companyA(), staff());
		String selected = shortlisted(companyA(), staff(), draft(themeId(theme), company));
		fixtures.close(fixtures.reload(theme));
		step(staff(), "Select", "proposalSelect", selected, "SELECTED");
		Map<String, Object> input = new HashMap<>();
		input.put("title", "坂の上からバス停まで遠い");
		input.put("body", "通院のたびに坂と階段で困っています。");
		input.put("category", "TRANSPORT");
		input.put("ward", "YAHATA_HIGASHI");
		String problem = citizen().runNamed("problemSubmit", Map.of("input", input))
			.data("problemSubmit", "problem", "id")
			.asString();
		staff().op("problemModerate", "Publish", Map.of("id", problem));
		this.problemService.adopt(List.of(GlobalId.idOf(problem, "Problem").orElseThrow()), theme.getId(),
				theme.getTitle());
		staff().op("outcome", "Resolve", Map.of("id", selected, "problemIds", List.of(problem)));
		Map<String, Object> metrics = new HashMap<>();
		metrics.put("proposalId", selected);
		metrics.put("asOf", Instant.now().minusSeconds(3600).toString());
		metrics.put("staffHoursSavedPerYear", 1200);
		metrics.put("citizensReached", 340);
		metrics.put("satisfactionChangePoints", 18.5);
		staff().op("outcome", "Metrics", Map.of("input", metrics));
		staff().op("fund", "Contribute", Map.of("input", Map.of("donor", "北九州ものづくり経営者の会", "amount", 2_500_000)));
	}

	@Test
	void thePdfCarriesTheJapaneseHeadingsAndTheYearsFigures() throws IOException {
		aYearWithAResult();
		HttpResponse<byte[]> response = get("/export/reports/annual-" + FISCAL_YEAR + ".pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		String text;
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			text = new PDFTextStripper().getText(pdf);
		}
		assertThat(text).contains("北九州課題快傑バスターズ 年次報告 " + FISCAL_YEAR + "年度", "目標の達成状況", "課題の動き", "提案テーマとその結果", "基金の出入り",
				"解決した課題と成果", "用語の定義");
		// Table cells wrap their text over lines.
		String joined = text.replaceAll("\\s+", "");
		assertThat(joined).contains("解決した社会課題", "1,200", "2,500,000円", "坂の上からバス停まで遠い", "八幡東区", "340人");
		assertThat(text).contains("10.0%");
	}

	@Test
	void theHtmlHasAChartAndATableForEachFigure() {
		aYearWithAResult();
		String html = new String(get("/export/reports/annual-" + FISCAL_YEAR + ".html").body(), StandardCharsets.UTF_8);
		assertThat(html).startsWith("<!DOCTYPE html>").contains("lang=\"ja\"");
		assertThat(html.split("<svg ", -1)).hasSize(4);
		assertThat(html).contains("<title>目標に対する達成率（%）</title>").contains("<caption>");
		assertThat(html.split("<table>", -1).length).isGreaterThan(8);
		assertThat(html).doesNotContain("citizen-a");
	}

	@Test
	void aYearThatHasNotStartedOrIsNoYearIsRefused() {
		HttpResponse<byte[]> future = get("/export/reports/annual-" + (FISCAL_YEAR + 1) + ".pdf");
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(new String(future.body(), StandardCharsets.UTF_8)).contains("has not started");
		assertThat(get("/export/reports/annual-20x6.html").statusCode()).isEqualTo(400);
	}

}
