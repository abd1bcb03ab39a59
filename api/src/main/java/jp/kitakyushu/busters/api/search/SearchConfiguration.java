package jp.kitakyushu.busters.api.search;

import java.time.Clock;

import jp.kitakyushu.busters.search.index.SearchIndex;
import jp.kitakyushu.busters.search.index.SearchIndexConfig;
import jp.kitakyushu.busters.search.match.Matcher;
import jp.kitakyushu.busters.search.query.FullTextSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Wires the search library into the api: one on-disk index per api instance under
 * {@code busters.search.index-dir}, rebuilt from MongoDB when it is missing, corrupt or
 * built with another analysis, then kept in step by the {@link IndexFollower}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

	@Bean
	StoreReader searchStoreReader(MongoTemplate mongo) {
		return new StoreReader(mongo);
	}

	@Bean(destroyMethod = "close")
	SearchIndex luceneIndex(SearchProperties properties, StoreReader store) {
		return SearchIndex.open(SearchIndexConfig.of(properties.indexDir(), "busters"), store);
	}

	@Bean
	FullTextSearch fullTextSearch(SearchIndex index) {
		return new FullTextSearch(index);
	}

	@Bean
	Matcher matcher(SearchIndex index) {
		return new Matcher(index);
	}

	@Bean
	IndexFollower indexFollower(SearchIndex index, StoreReader store, SearchProperties properties, Clock clock) {
		return new IndexFollower(index, store, properties, clock);
	}

	/**
	 * On start, an index older than the data catches up before the api takes requests.
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "busters.search.reindex-and-exit", havingValue = false, matchIfMissing = true)
	@Order(Ordered.LOWEST_PRECEDENCE)
	ApplicationRunner searchCatchUpAtStart(IndexFollower follower) {
		return (args) -> {
			int written = follower.catchUp();
			log.info("Search index caught up with the store ({} documents changed since its last commit)", written);
		};
	}

}
