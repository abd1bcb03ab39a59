package jp.kitakyushu.busters.api.company;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.search.index.SearchIndex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The companies page asked again reads no company from the store while the index holds
 * each at the change read before; a company changed since is read anew and shows the
 * change.
 */
class CompanyListRecentIntegrationTests extends ApiIntegrationTest {

	private static final String PAGE = """
			{ companies(first: 10) { totalCount nodes { id name tags } } }""";

	@Autowired
	SearchIndex index;

	@Autowired
	CompanyQueries companies;

	@Test
	void aCompaniesPageAskedAgainReadsOnlyTheCompaniesChangedSinceFromTheStore() {
		List<String> ids = store(3);

		Response first = anonymous().run(PAGE);
		assertThat(first.data("companies", "nodes").size()).isEqualTo(3);
		this.mongoCommands.reset();
		Response again = anonymous().run(PAGE);
		assertThat(again.raw()).isEqualTo(first.raw());
		assertThat(this.mongoCommands.commands()).as("store commands for the same page").isEmpty();

		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(ids.get(1))),
				new Update().set("tags", List.of("照明", "改修")).set("updatedAt", Instant.now()).inc("version", 1),
				Company.class);
		index(List.of(ids.get(1)));
		this.mongoCommands.reset();
		Response after = anonymous().run(PAGE);
		assertThat(this.mongoCommands.commands()).containsExactly("find companies");
		assertThat(this.mongoCommands.documentsRead()).isEqualTo(1);
		assertThat(after.raw()).contains("\"照明\",\"改修\"");
	}

	/**
	 * Stores verified companies last changed an hour ago (one changed in the last seconds
	 * is read from the store every time) and indexes them.
	 */
	private List<String> store(int count) {
		List<Company> batch = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Company company = new Company("株式会社テスト" + i, "100000000000" + i, "説明", "できること", List.of("照明"),
					new CompanyMember("company-recent-" + i, "担当 " + i, Instant.now()));
			company.verify(Instant.now());
			batch.add(company);
		}
		List<String> ids = this.mongo.insertAll(batch).stream().map(Company::getId).toList();
		this.mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)),
				new Update().set("updatedAt", Instant.now().minusSeconds(3600)), Company.class);
		index(ids);
		return ids;
	}

	private void index(List<String> ids) {
		this.companies.searchDocuments(ids).values().forEach((documents) -> documents.forEach(this.index::upsert));
		this.index.refreshNow();
	}

}
