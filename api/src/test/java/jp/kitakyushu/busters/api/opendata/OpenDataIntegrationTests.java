package jp.kitakyushu.busters.api.opendata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jp.kitakyushu.busters.api.proposal.ProposalScenario;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static jp.kitakyushu.busters.api.proposal.ProposalScenario.draft;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.shortlisted;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.step;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.themeId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open data over HTTP: what is public and nothing else, in CSV with and without a
 * byte-order mark and in JSON with a licence and a data dictionary, the same bytes on
 * every export of the same data, and a ZIP whose SHA-256 sums check out.
 */
class OpenDataIntegrationTests extends ApiIntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	byte[] get(String path, int expectedStatus) {
		try {
			HttpResponse<byte[]> response = this.http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(path).isEqualTo(expectedStatus);
			return response.body();
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String text(String path) {
		return new String(get(path, 200), StandardCharsets.UTF_8);
	}

	String problem(String title, String body, boolean publish) {
		Map<String, Object> input = new HashMap<>();
		input.put("title", title);
		input.put("body", body);
		input.put("category", "ELDERLY");
		input.put("ward", "WAKAMATSU");
		Response response = citizen().runNamed("problemSubmit", Map.of("input", input));
		String id = response.data("problemSubmit", "problem", "id").asString();
		if (publish) {
			staff().op("problemModerate", "Publish", Map.of("id", id));
		}
		return id;
	}

	/**
	 * A programme with a published, a pending and a rejected problem, a selected and a
	 * draft proposal, and money.
	 */
	Map<String, String> programme() {
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("published", problem("ごみ出しが大変", "山田花子さん（090-0000-1111）が毎朝困っています。", true));
		ids.put("pending", problem("まだ審査中の投稿", "審査前の本文です。", false));
		String rejected = problem("非公開になる投稿", "却下される本文です。", false);
		staff().op("problemModerate", "Reject", Map.of("id", rejected, "reason", "対象外"));
		ThemeFixtures fixtures = new ThemeFixtures(this.mongo);
		Theme theme = fixtures.open();
		String company = ProposalScenario.companyA(companyA(), staff());
		ids.put("selected", shortlisted(companyA(), staff(), draft(themeId(theme), company)));
		ProposalScenario.create(companyA(), draft(themeId(theme), company, "title", "未提出の下書き提案"));
		fixtures.close(fixtures.reload(theme));
		step(staff(), "Select", "proposalSelect", ids.get("selected"), "SELECTED");
		staff().op("fund", "Contribute",
				Map.of("input", Map.of("donor", "鈴木一郎（匿名希望）", "amount", 500_000, "anonymous", true, "note", "領収書不要")));
		staff().op("fund", "Contribute", Map.of("input", Map.of("donor", "株式会社門司港ベイ物産", "amount", 2_000_000)));
		staff().op("fund", "Allocate", Map.of("input", Map.of("proposalId", ids.get("selected"), "amount", 1_000_000)));
		Map<String, Object> metrics = new HashMap<>();
		metrics.put("proposalId", ids.get("selected"));
		metrics.put("asOf", Instant.now().minusSeconds(86_400).toString());
		metrics.put("staffHoursSavedPerYear", 800);
		metrics.put("citizensReached", 120);
		metrics.put("satisfactionChangePoints", 8.25);
		metrics.put("note", "職員の内部メモ");
		staff().op("outcome", "Metrics", Map.of("input", metrics));
		return ids;
	}

	@Test
	void everyDataSetHoldsWhatIsPublicAndNothingElse() {
		Map<String, String> ids = programme();
		byte[] withBom = get("/export/problems.csv", 200);
		assertThat(withBom).startsWith(0xEF, 0xBB, 0xBF);
		String problems = new String(withBom, StandardCharsets.UTF_8).substring(1);
		assertThat(problems).startsWith("id,title,body,category,ward,status,submitted_at,published_at,");
		assertThat(problems).contains(ids.get("published")).contains("ごみ出しが大変").contains("WAKAMATSU");
		assertThat(problems).doesNotContain("090-0000-1111", "山田花子", "citizen-a", "審査中", "非公開になる投稿");
		assertThat(problems.split("\r\n")).hasSize(2);
		byte[] plain = get("/export/problems.utf8.csv", 200);
		assertThat(plain[0]).isEqualTo((byte) 'i');

		String selected = text("/export/selected-proposals.csv");
		assertThat(selected).contains(ids.get("selected")).contains("IoTセンサーで見守るごみ出し支援");
		assertThat(selected).doesNotContain("営業秘密", "未提出の下書き提案");

		String ledger = text("/export/fund-ledger.csv");
		assertThat(ledger).contains("株式会社門司港ベイ物産").contains("CONTRIBUTION,500000,,true");
		assertThat(ledger).doesNotContain("鈴木一郎", "領収書不要", "staff-1");

		String outcomes = text("/export/outcomes.json");
		assertThat(outcomes).contains("8.25").doesNotContain("内部メモ");
		JsonNode json = JsonMapper.builder().build().readTree(outcomes);
		assertThat(json.path("licence").path("name").asString()).isEqualTo("CC BY 4.0");
		assertThat(json.path("licence").path("ja").asString()).contains("公共データ利用規約").contains("PDL1.0");
		assertThat(json.path("columns").get(0).path("ja").asString()).isNotBlank();
		assertThat(json.path("records").get(0).path("staff_hours_saved_per_year").asInt()).isEqualTo(800);

		String kpis = text("/export/kpis.utf8.csv");
		assertThat(kpis).contains("SOLVED_PROBLEMS").contains("STAFF_HOURS_SAVED,削減した職員の業務時間（年間）");

		String dictionary = text("/export/dictionary.csv");
		assertThat(dictionary).contains("problems,body,string,本文（個人情報は伏せ字）,\"Text, personal data masked\"");

		JsonNode catalogue = JsonMapper.builder().build().readTree(text("/export/datasets.json"));
		assertThat(catalogue.path("datasets").size()).isEqualTo(6);
		assertThat(new String(get("/export/nothing.csv", 404), StandardCharsets.UTF_8)).contains("datasets.json");
	}

	@Test
	void theSameDataGivesTheSameBytesAndTheSumsCheckOut() throws Exception {
		programme();
		byte[] first = get("/export/" + OpenDataFiles.ZIP_NAME, 200);
		byte[] second = get("/export/" + OpenDataFiles.ZIP_NAME, 200);
		assertThat(second).isEqualTo(first);
		Map<String, byte[]> entries = unzip(first);
		assertThat(entries.keySet()).contains("LICENSE.txt", "dictionary.csv", "problems.csv", "problems.utf8.csv",
				"problems.json", "fund-ledger.json", "kpis.csv", "SHA256SUMS");
		String sums = new String(entries.get("SHA256SUMS"), StandardCharsets.UTF_8);
		List<String> lines = List.of(sums.split("\n"));
		assertThat(lines).hasSize(entries.size() - 1);
		for (String line : lines) {
			String[] parts = line.split("  ", 2);
			byte[] content = entries.get(parts[1]);
			assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content))).as(parts[1])
				.isEqualTo(parts[0]);
		}
		assertThat(entries.get("problems.csv")).isEqualTo(get("/export/problems.csv", 200));
	}

	@Test
	void personalDataPlantedInPublishedProblemsNeverLeavesInTheExport() throws IOException {
		List<String> planted = new ArrayList<>();
		int line = 0;
		try (InputStream in = getClass().getResourceAsStream("/privacy/corpus.tsv")) {
			for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] columns = row.split("\t");
				if (row.startsWith("#") || columns.length < 3 || line++ % 6 != 0) {
					continue;
				}
				problem("個人情報を含む投稿", columns[1], true);
				for (int i = 2; i < columns.length; i++) {
					planted.add(columns[i].substring(columns[i].indexOf('=') + 1).strip());
				}
			}
		}
		assertThat(planted).hasSizeGreaterThan(20);
		Map<String, byte[]> entries = unzip(get("/export/" + OpenDataFiles.ZIP_NAME, 200));
		for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
			String content = new String(entry.getValue(), StandardCharsets.UTF_8);
			for (String datum : planted) {
				assertThat(content).as(entry.getKey()).doesNotContain(datum);
			}
		}
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

}
