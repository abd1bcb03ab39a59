package jp.kitakyushu.busters.api.system.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

	private final Map<String, NodeLoader<?>> loaders;

	NodeController(List<NodeLoader<?>> loaders) {
		this.loaders = loaders.stream().collect(Collectors.toMap(NodeLoader::typeName, Function.identity()));
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	@Nullable Object node(@Argument String id) {
		GlobalId decoded = GlobalId.decode(id)
			.orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a global id of this api."));
		NodeLoader<?> loader = this.loaders.get(decoded.type());
		if (loader == null) {
			throw new IllegalArgumentException("'" + id + "' is not a global id of this api.");
		}
		return loader.loadVisible(List.of(decoded.id())).get(decoded.id());
	}

}
