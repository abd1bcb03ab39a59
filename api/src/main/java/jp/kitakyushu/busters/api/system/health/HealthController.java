package jp.kitakyushu.busters.api.system.health;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code health} from the same indicators that drive the readiness probe, so the
 * two never disagree.
 */
@Controller
class HealthController {

	private final HealthContributorRegistry registry;

	HealthController(HealthContributorRegistry registry) {
		this.registry = registry;
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	HealthView health() {
		ComponentHealth store = component("store");
		ComponentHealth searchIndex = component("searchIndex");
		String status = ("UP".equals(store.status()) && "UP".equals(searchIndex.status())) ? "UP" : "DOWN";
		return new HealthView(status, store, searchIndex);
	}

	private ComponentHealth component(String name) {
		HealthContributor contributor = this.registry.getContributor(name);
		if (!(contributor instanceof HealthIndicator indicator)) {
			return new ComponentHealth("DOWN", "not configured");
		}
		Health health = indicator.health();
		boolean up = Status.UP.equals(health.getStatus());
		return new ComponentHealth(up ? "UP" : "DOWN", summary(health.getDetails()));
	}

	private static @Nullable String summary(Map<String, Object> details) {
		// Only short facts reach the public; exception texts stay in the actuator's
		// detail.
		Object summary = details.get("summary");
		return (summary != null) ? summary.toString() : null;
	}

	record HealthView(String status, ComponentHealth store, ComponentHealth searchIndex) {
	}

	record ComponentHealth(String status, @Nullable String detail) {
	}

}
