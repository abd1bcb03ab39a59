package jp.kitakyushu.busters.api.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jp.kitakyushu.busters.api.company.CorporateNumber;
import jp.kitakyushu.busters.api.support.TestIssuer;
import tools.jackson.databind.JsonNode;

/**
 * Fills the api through its own mutations, as citizens and staff would: problems
 * submitted and published in batches by several clients at once, then themes taking some
 * of them up and verified companies.
 */
final class Loader {

	/** Mutations per request while loading: one HTTP round trip carries a batch. */
	static final int BATCH = 20;

	private final BenchHttp http;

	private final TestIssuer issuer;

	Loader(BenchHttp http, TestIssuer issuer) {
		this.http = http;
		this.issuer = issuer;
	}

	/**
	 * Submits and publishes {@code count} problems with {@code clients} clients; returns
	 * the global ids of the first few hundred.
	 */
	List<String> problems(int count, int clients) throws Exception {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		List<String> sample = Collections.synchronizedList(new ArrayList<>());
		long started = System.nanoTime();
		Workers.run(clients, (client) -> {
			ProblemTexts texts = new ProblemTexts(20260401L + client);
			int batch;
			while ((batch = next.getAndIncrement()) * BATCH < count) {
				int size = Math.min(BATCH, count - batch * BATCH);
				List<String> ids = submit(texts, size, "bench-citizen-" + client);
				publish(ids);
				if (sample.size() < 500) {
					sample.addAll(ids);
				}
				int total = done.addAndGet(size);
				if (total % 5_000 < size) {
					double seconds = (System.nanoTime() - started) / 1e9;
					System.out.printf("  loaded %,d problems (%.0f/s)%n", total, total / seconds);
				}
			}
		});
		return List.copyOf(sample);
	}

	/** Drafts, fills and publishes themes, each taking up five of the given problems. */
	void themes(int count, List<String> problems) throws Exception {
		String staff = this.issuer.token("bench-staff", "staff");
		Instant now = Instant.now();
		for (int i = 0; i < count && (i + 1) * 5 <= problems.size(); i++) {
			Map<String, Object> input = new LinkedHashMap<>();
			input.put("title", "テーマ " + i + ": 地域の移動と安全を支える");
			input.put("description", "市民から寄せられた困りごとをもとに、既存の技術で解決する提案を募集します。");
			input.put("category", "TRANSPORT");
			input.put("problemIds", problems.subList(i * 5, i * 5 + 5));
			input.put("expectedOutcomes", List.of("実証地区の困りごとが減ったことを測定して報告する"));
			input.put("budgetCap", 5_000_000);
			input.put("opensAt", now.minus(Duration.ofDays(1)).toString());
			input.put("closesAt", now.plus(Duration.ofDays(60)).toString());
			input.put("criteria", List.of(Map.of("name", "実現可能性", "weight", 3, "description", "実証できるか")));
			JsonNode created = this.http.send(BenchHttp.body(
					"mutation($input: ThemeCreateInput!) { themeCreate(input: $input) { theme { id } userErrors { message } } }",
					Map.of("input", input)), staff);
			String id = created.path("data").path("themeCreate").path("theme").path("id").asString();
			this.http.send(BenchHttp.body(
					"mutation($id: ID!) { themePublish(input: { themeId: $id }) { userErrors { message } } }",
					Map.of("id", id)), staff);
		}
	}

	/** Registers companies and has staff verify them. */
	void companies(int count) throws Exception {
		String staff = this.issuer.token("bench-staff", "staff");
		for (int i = 0; i < count; i++) {
			String base = String.format("%012d", 700_000_000_000L + i);
			String number = CorporateNumber.checkDigit(base) + base;
			Map<String, Object> input = Map.of("name", "ベンチ株式会社 " + i, "corporateNumber", number, "description",
					"地域の移動と見守りのサービスを提供しています。", "capabilities", "予約制の乗合交通、センサーによる見守り", "tags", List.of("交通", "見守り"));
			JsonNode registered = this.http.send(BenchHttp.body(
					"mutation($input: CompanyRegisterInput!) { companyRegister(input: $input) { company { id } userErrors { message } } }",
					Map.of("input", input)), this.issuer.token("bench-company-" + i, "company"));
			String id = registered.path("data").path("companyRegister").path("company").path("id").asString();
			this.http.send(BenchHttp.body(
					"mutation($id: ID!) { companyVerify(input: { companyId: $id }) { userErrors { message } } }",
					Map.of("id", id)), staff);
		}
	}

	private List<String> submit(ProblemTexts texts, int size, String citizen) throws Exception {
		StringBuilder declarations = new StringBuilder();
		StringBuilder fields = new StringBuilder();
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 0; i < size; i++) {
			declarations.append(i == 0 ? "" : ", ").append("$p").append(i).append(": ProblemSubmitInput!");
			fields.append(" p").append(i).append(": problemSubmit(input: $p").append(i).append(") { problem { id } }");
			variables.put("p" + i, texts.next());
		}
		JsonNode answer = this.http.send(BenchHttp.body("mutation(" + declarations + ") {" + fields + " }", variables),
				this.issuer.token(citizen, "citizen"));
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			ids.add(answer.path("data").path("p" + i).path("problem").path("id").asString());
		}
		return ids;
	}

	private void publish(List<String> ids) throws Exception {
		StringBuilder declarations = new StringBuilder();
		StringBuilder fields = new StringBuilder();
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			declarations.append(i == 0 ? "" : ", ").append("$p").append(i).append(": ID!");
			fields.append(" p")
				.append(i)
				.append(": problemPublish(input: { problemId: $p")
				.append(i)
				.append(" }) { userErrors { code } }");
			variables.put("p" + i, ids.get(i));
		}
		this.http.send(BenchHttp.body("mutation(" + declarations + ") {" + fields + " }", variables),
				this.issuer.token("bench-staff", "staff"));
	}

}
