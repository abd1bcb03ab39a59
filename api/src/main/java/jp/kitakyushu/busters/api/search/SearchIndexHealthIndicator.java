package jp.kitakyushu.busters.api.search;

import jp.kitakyushu.busters.search.index.IndexHealth;
import jp.kitakyushu.busters.search.index.SearchIndex;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Reports whether the search index is open and searchable, for readiness and
 * {@code health}.
 */
@Component("searchIndex")
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

	private final SearchIndex index;

	SearchIndexHealthIndicator(SearchIndex index) {
		super("The search index did not answer");
		this.index = index;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		IndexHealth health = this.index.health();
		(health.healthy() ? builder.up() : builder.down()).withDetail("summary",
				health.documents() + " documents" + (health.healthy() ? "" : ": " + health.detail()));
	}

}
