package jp.kitakyushu.busters.api.problem;

import java.time.Clock;

import jp.kitakyushu.busters.api.system.index.RecentCopies;

import org.springframework.stereotype.Component;

/**
 * The problems of recently listed pages and search results, as the store gave them, each
 * used again only while the index says the problem is still at that very change (see
 * {@link RecentCopies}).
 */
@Component
class RecentProblems extends RecentCopies<Problem> {

	RecentProblems(Clock clock) {
		super(clock);
	}

}
