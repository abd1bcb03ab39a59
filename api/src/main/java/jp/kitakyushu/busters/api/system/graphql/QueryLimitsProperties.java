package jp.kitakyushu.busters.api.system.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits against abusive GraphQL requests.
 *
 * @param maxDepth the deepest selection nesting accepted
 * @param maxComplexity the highest estimated cost accepted (a field costs 1 plus its
 * children times its page size)
 * @param maxRequestSize the largest request body accepted
 * @param parsedDocumentCache how many distinct valid documents are kept parsed and
 * validated
 * @param maxConcurrentRequests how many requests run at once, the others waiting in
 * arrival order (0: as many as there are processors)
 * @param queueTimeout how long a request may wait for its turn before it is answered 503
 */
@ConfigurationProperties("busters.graphql.limits")
record QueryLimitsProperties(@DefaultValue("12") int maxDepth, @DefaultValue("20000") int maxComplexity,
		@DefaultValue("64KB") DataSize maxRequestSize, @DefaultValue("1000") int parsedDocumentCache,
		@DefaultValue("0") int maxConcurrentRequests, @DefaultValue("10s") Duration queueTimeout) {
}
