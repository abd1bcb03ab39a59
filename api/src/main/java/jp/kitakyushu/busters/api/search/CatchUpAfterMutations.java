package jp.kitakyushu.busters.api.search;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Brings the index up to date before a mutation's answer leaves, so whoever wrote finds
 * their write in search at once (read-your-writes); others see it within the follow
 * interval.
 */
@Component
class CatchUpAfterMutations implements WebGraphQlInterceptor {

	private final IndexFollower follower;

	CatchUpAfterMutations(IndexFollower follower) {
		this.follower = follower;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		boolean mutation = request.getDocument().contains("mutation");
		return chain.next(request).doOnNext((response) -> {
			if (mutation) {
				this.follower.catchUp();
			}
		});
	}

}
