package jp.kitakyushu.busters.api.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jp.kitakyushu.busters.api.demo.DemoSeeds.CompanySeed;
import jp.kitakyushu.busters.api.demo.DemoSeeds.FundSeed;
import jp.kitakyushu.busters.api.demo.DemoSeeds.ProblemSeed;
import jp.kitakyushu.busters.api.demo.DemoSeeds.ProposalSeed;
import jp.kitakyushu.busters.api.demo.DemoSeeds.ThemeSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data at start when {@code busters.demo.load-data} is set: whatever of it
 * is missing is inserted, nothing present is touched, so a second start changes nothing
 * and a user's changes to demo objects survive restarts.
 */
@Component
@ConditionalOnBooleanProperty("busters.demo.load-data")
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(DemoProperties.class)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final DemoWriter writer;

	private final DemoProperties properties;

	private final Clock clock;

	DemoDataLoader(DemoWriter writer, DemoProperties properties, Clock clock) {
		this.writer = writer;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/** Inserts the missing demo objects; returns how many were inserted. */
	int load() {
		List<ProblemSeed> problems = read("problems.json", new TypeReference<>() {
		});
		List<ThemeSeed> themes = read("themes.json", new TypeReference<>() {
		});
		List<CompanySeed> companies = read("companies.json", new TypeReference<>() {
		});
		List<ProposalSeed> proposals = read("proposals.json", new TypeReference<>() {
		});
		FundSeed fund = read("fund.json", new TypeReference<>() {
		});
		Instant now = this.clock.instant();
		DemoWriter.Accounts accounts = new DemoWriter.Accounts(this.properties.accounts());
		log.info("Demo data: checking {} problems, {} themes, {} companies, {} proposals and the fund", problems.size(),
				themes.size(), companies.size(), proposals.size());
		// Problems first: a theme's search document is matched against its problems.
		int inserted = this.writer.problems(problems, themes, fund.outcome(), accounts, now)
				+ this.writer.themes(themes, accounts, now) + this.writer.companies(companies, accounts, now)
				+ this.writer.proposals(proposals, themes, companies, accounts, now)
				+ this.writer.fund(fund, proposals, companies, accounts, now)
				+ this.writer.resolutions(problems, fund.outcome(), now);
		if (inserted == 0) {
			log.info("Demo data: already present, nothing to do");
		}
		else {
			log.info("Demo data: inserted {} objects", inserted);
		}
		return inserted;
	}

	private static <T> T read(String file, TypeReference<T> type) {
		try (InputStream in = new ClassPathResource("demo/" + file).getInputStream()) {
			return JSON.readValue(in, type);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the demo file " + file, ex);
		}
	}

}
