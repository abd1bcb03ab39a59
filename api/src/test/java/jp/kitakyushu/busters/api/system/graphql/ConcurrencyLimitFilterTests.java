package jp.kitakyushu.busters.api.system.graphql;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.AsyncContext;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests beyond the limit wait their turn in arrival order, a request that waits too
 * long is refused with a GraphQL-shaped error, and the permit is held until an
 * asynchronous answer is complete.
 */
class ConcurrencyLimitFilterTests {

	/** Threads of their own: the common pool may have a single thread on two cores. */
	private static final Executor THREADS = Executors.newVirtualThreadPerTaskExecutor();

	private static ConcurrencyLimitFilter filter(int permits, Duration queueTimeout) {
		return new ConcurrencyLimitFilter(
				new QueryLimitsProperties(12, 20000, DataSize.ofKilobytes(64), 1000, permits, queueTimeout));
	}

	private static MockHttpServletRequest graphqlRequest() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setAsyncSupported(true);
		return request;
	}

	@Test
	void aRequestBeyondTheLimitWaitsUntilTheRunningOneEnds() throws Exception {
		ConcurrencyLimitFilter filter = filter(1, Duration.ofSeconds(10));
		CountDownLatch firstRunning = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		List<String> events = new CopyOnWriteArrayList<>();
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> run(filter, (request, response) -> {
			events.add("first starts");
			firstRunning.countDown();
			await(releaseFirst);
			events.add("first ends");
		}), THREADS);
		assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> second = CompletableFuture
			.runAsync(() -> run(filter, (request, response) -> events.add("second runs")), THREADS);
		Thread.sleep(200);
		assertThat(events).containsExactly("first starts");
		releaseFirst.countDown();
		CompletableFuture.allOf(first, second).get(5, TimeUnit.SECONDS);
		assertThat(events).containsExactly("first starts", "first ends", "second runs");
	}

	@Test
	void aRequestThatWaitsTooLongIsRefusedWithoutRunning() throws Exception {
		ConcurrencyLimitFilter filter = filter(1, Duration.ofMillis(100));
		HeldRequest first = HeldRequest.start(filter);
		List<String> ran = new CopyOnWriteArrayList<>();
		MockHttpServletResponse refused = run(filter, (request, response) -> ran.add("second"));
		first.finish();
		assertThat(ran).isEmpty();
		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
		assertThat(refused.getContentAsString()).contains("\"code\":\"UNAVAILABLE\"").contains("busy");
		assertThat(run(filter, (request, response) -> ran.add("third")).getStatus()).isEqualTo(200);
		assertThat(ran).containsExactly("third");
	}

	@Test
	void anAsynchronousAnswerHoldsItsTurnUntilItCompletes() throws Exception {
		ConcurrencyLimitFilter filter = filter(1, Duration.ofMillis(100));
		MockHttpServletRequest asyncRequest = graphqlRequest();
		filter.doFilter(asyncRequest, new MockHttpServletResponse(),
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
					@Override
					protected void service(jakarta.servlet.http.HttpServletRequest request,
							jakarta.servlet.http.HttpServletResponse response) {
						request.startAsync();
					}
				}));
		assertThat(asyncRequest.isAsyncStarted()).isTrue();
		List<String> ran = new CopyOnWriteArrayList<>();
		assertThat(run(filter, (request, response) -> ran.add("while async")).getStatus()).isEqualTo(503);
		AsyncContext context = asyncRequest.getAsyncContext();
		((MockAsyncContext) context).complete();
		assertThat(run(filter, (request, response) -> ran.add("after async")).getStatus()).isEqualTo(200);
		assertThat(ran).containsExactly("after async");
	}

	@Test
	void healthProbesNeverWait() throws Exception {
		ConcurrencyLimitFilter filter = filter(1, Duration.ofMillis(100));
		HeldRequest first = HeldRequest.start(filter);
		MockHttpServletRequest probe = new MockHttpServletRequest("GET", "/actuator/health/readiness");
		MockHttpServletResponse answer = new MockHttpServletResponse();
		List<String> ran = new CopyOnWriteArrayList<>();
		filter.doFilter(probe, answer, (request, response) -> ran.add("probe"));
		first.finish();
		assertThat(ran).containsExactly("probe");
		assertThat(answer.getStatus()).isEqualTo(200);
	}

	/** A request that holds its turn until the test lets it finish. */
	private record HeldRequest(CountDownLatch release, CompletableFuture<Void> done) {

		static HeldRequest start(ConcurrencyLimitFilter filter) throws InterruptedException {
			CountDownLatch running = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			CompletableFuture<Void> done = CompletableFuture.runAsync(() -> run(filter, (request, response) -> {
				running.countDown();
				await(release);
			}), THREADS);
			assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
			return new HeldRequest(release, done);
		}

		void finish() throws Exception {
			this.release.countDown();
			this.done.get(5, TimeUnit.SECONDS);
		}

	}

	private static MockHttpServletResponse run(ConcurrencyLimitFilter filter, jakarta.servlet.FilterChain chain) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			filter.doFilter(graphqlRequest(), response, chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
