package jp.kitakyushu.busters.api.system.graphql;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a bounded number of requests run at once and queues the rest in arrival order, so
 * that under load each request waits its turn and then runs at nearly full speed.
 * <p>
 * Every request has a virtual thread of its own, and virtual threads take turns at each
 * read from the store: with 32 requests at once on two cores every request was stretched
 * over the time of all the others, a dear one (search, similar problems) to ten times its
 * cost, and the objects of all 32 half-done requests were alive at each young collection,
 * which promoted them and filled the old generation. A fair queue in front keeps the same
 * throughput with a short, even wait instead. A request that waits longer than the
 * configured time is answered 503 with a GraphQL-shaped error, and health probes never
 * wait.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ConcurrencyLimitFilter extends OncePerRequestFilter {

	private final Semaphore running;

	private final long queueTimeoutNanos;

	ConcurrencyLimitFilter(QueryLimitsProperties limits) {
		int permits = limits.maxConcurrentRequests() > 0 ? limits.maxConcurrentRequests()
				: Runtime.getRuntime().availableProcessors();
		this.running = new Semaphore(permits, true);
		this.queueTimeoutNanos = limits.queueTimeout().toNanos();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/actuator");
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		// The permit taken by the first dispatch is held until the async request
		// completes.
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!acquire()) {
			refuse(response);
			return;
		}
		Permit permit = new Permit();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (request.isAsyncStarted()) {
				request.getAsyncContext().addListener(permit);
			}
			else {
				permit.release();
			}
		}
	}

	private boolean acquire() {
		try {
			return this.running.tryAcquire(this.queueTimeoutNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(503);
		response.setHeader("Retry-After", "1");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"The api is busy: please try again in a moment.\","
					+ "\"extensions\":{\"code\":\"UNAVAILABLE\"}}]}");
	}

	/** One request's permit, given back once, whichever way the request ends. */
	private final class Permit implements AsyncListener {

		private final AtomicBoolean released = new AtomicBoolean();

		void release() {
			if (this.released.compareAndSet(false, true)) {
				ConcurrencyLimitFilter.this.running.release();
			}
		}

		@Override
		public void onComplete(AsyncEvent event) {
			release();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			release();
		}

		@Override
		public void onError(AsyncEvent event) {
			release();
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			event.getAsyncContext().addListener(this);
		}

	}

}
