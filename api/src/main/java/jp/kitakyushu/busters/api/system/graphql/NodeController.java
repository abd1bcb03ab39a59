package jp.kitakyushu.busters.api.system.graphql;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code node(id:)} by handing the decoded id to the loader of its type; the
 * loader applies the same visibility rules as the type's own queries.
 */
@Controller
class NodeController {

	private final Nodes nodes;

	NodeController(Nodes nodes) {
		this.nodes = nodes;
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	@Nullable Object node(@Argument String id) {
		GlobalId decoded = GlobalId.decode(id)
			.orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a global id of this api."));
		if (!this.nodes.knows(decoded.type())) {
			throw new IllegalArgumentException("'" + id + "' is not a global id of this api.");
		}
		return this.nodes.loadVisible(decoded.type(), List.of(decoded.id())).get(decoded.id());
	}

}
