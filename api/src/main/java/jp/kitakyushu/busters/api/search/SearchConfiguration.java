package jp.kitakyushu.busters.api.search;

import java.time.Clock;
import java.util.List;

import jp.kitakyushu.busters.api.system.index.IndexAttributes;
import jp.kitakyushu.busters.api.system.index.Searchable;
import jp.kitakyushu.busters.api.system.security.Readers;
import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.index.SearchIndex;
import jp.kitakyushu.busters.search.index.SearchIndexConfig;
import jp.kitakyushu.busters.search.match.Matcher;
import jp.kitakyushu.busters.search.query.DocumentLists;
import jp.kitakyushu.busters.search.query.FullTextSearch;

import org.springframework.beans.factory.ObjectProvider;
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
 * {@code busters.search.index-dir}, written by the {@link SearchIndexer} from events and
 * kept in step with the store by the {@link IndexFollower}. A missing, corrupt or
 * differently analysed index opens empty and is filled from the store before the api
 * reports ready.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	SearchIndex luceneIndex(SearchProperties properties) {
		// Features read the index for their lists, and the index is filled from the
		// features: it opens empty and the follower fills it once everything is wired.
		return SearchIndex.open(SearchIndexConfig.of(properties.indexDir(), "busters"), IndexSource.empty());
	}

	@Bean
	FullTextSearch fullTextSearch(SearchIndex index) {
		return new FullTextSearch(index);
	}

	@Bean
	DocumentLists documentLists(SearchIndex index) {
		// The public's lists are kept until a public document is written: a private
		// submission leaves them as they are.
		return new DocumentLists(index, index.watch(Readers.ATTRIBUTE, Readers.PUBLIC));
	}

	@Bean
	Matcher matcher(SearchIndex index) {
		return new Matcher(index);
	}

	@Bean
	SearchIndexer searchIndexer(SearchIndex index, List<Searchable> sources,
			ObjectProvider<IndexAttributes> attributes) {
		return new SearchIndexer(index, sources, attributes.orderedStream().toList());
	}

	@Bean(destroyMethod = "close")
	IndexFollower indexFollower(SearchIndex index, SearchIndexer indexer, MongoTemplate mongo,
			SearchProperties properties, Clock clock) {
		return new IndexFollower(index, indexer, mongo, properties, clock);
	}

	/**
	 * On start, the index resumes following the store, filling itself first if empty.
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "busters.search.reindex-and-exit", havingValue = false, matchIfMissing = true)
	@Order(Ordered.LOWEST_PRECEDENCE)
	ApplicationRunner searchFollowsTheStore(IndexFollower follower) {
		return (args) -> follower.start();
	}

}
