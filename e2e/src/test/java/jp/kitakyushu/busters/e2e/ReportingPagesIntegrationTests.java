package jp.kitakyushu.busters.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics, open-data and annual-report pages on the running platform with the demo
 * data: the figures come from the api's reporting, each chart has its table, and the
 * files pass through the web byte for byte (the CSV keeps its byte-order mark, the PDF is
 * a PDF).
 */
@Order(7)
@ExtendWith(PlatformExtension.class)
class ReportingPagesIntegrationTests {

	static int fiscalYear() {
		YearMonth now = YearMonth.now(ZoneId.of("Asia/Tokyo"));
		return (now.getMonthValue() >= 4) ? now.getYear() : now.getYear() - 1;
	}

	@Test
	void theStatisticsPageShowsKpisAndChartsWithTheirTables() {
		try (Browser browser = Browser.withoutJavaScript()) {
			browser.open("/stats");
			assertThat(browser.byId("kpi-table").getText()).contains("解決した社会課題", "削減した職員の業務時間（年間）");
			assertThat(browser.byId("kpi-chart").getText()).contains("達成率");
			assertThat(browser.byId("category-chart").getText()).contains("高齢者・福祉");
			assertThat(browser.byId("definitions").getText()).contains("公開された課題");
			browser.open("/reports/annual/" + fiscalYear());
			assertThat(browser.byId("themes-table").getText()).isNotBlank();
			assertThat(browser.byId("annual-pdf").getAttribute("href")).endsWith(".pdf");
		}
	}

	@Test
	void openDataAndThePdfPassThroughTheWeb() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<byte[]> csv = http.send(
				HttpRequest.newBuilder(URI.create(Platform.WEB + "open-data/problems.csv")).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("id,title,body");
		HttpResponse<byte[]> pdf = http.send(
				HttpRequest.newBuilder(URI.create(Platform.WEB + "reports/annual/" + fiscalYear() + ".pdf")).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (Browser browser = Browser.japanese()) {
			browser.open("/open-data/");
			assertThat(browser.byId("data-sets").getText()).contains("公開された課題", "基金の出入り");
		}
	}

}
