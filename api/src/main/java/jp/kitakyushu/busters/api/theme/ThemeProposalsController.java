package jp.kitakyushu.busters.api.theme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.proposal.ProposalAccess;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The proposal fields of {@code Theme}. Neither costs a store round trip per theme: the
 * counts are kept for every theme at once by the proposal feature, and the proposals of
 * every theme on the page come from one query, then each theme's page is cut from them.
 */
@Controller
class ThemeProposalsController {

	private static final String BY_THEME = "proposalsByTheme";

	private final ProposalQueries queries;

	ThemeProposalsController(ProposalQueries queries, BatchLoaderRegistry registry) {
		this.queries = queries;
		// @BatchMapping cannot see field arguments (first/after), so the loader is keyed
		// by theme and the page is cut per field below.
		registry.<String, List<Proposal>>forName(BY_THEME).registerMappedBatchLoader((themeIds, environment) -> {
			GraphQLContext context = environment.getContext();
			ProposalAccess reader = (context != null) ? queries.reader(context) : queries.reader();
			return Mono.just(queries.visibleByTheme(themeIds, reader));
		});
	}

	@BatchMapping(typeName = "Theme")
	Map<Theme, Integer> proposalCount(List<Theme> themes) {
		Map<String, Integer> counts = this.queries.countByTheme(themes.stream().map(Theme::getId).toList());
		Map<Theme, Integer> result = new LinkedHashMap<>();
		themes.forEach((theme) -> result.put(theme, counts.getOrDefault(theme.getId(), 0)));
		return result;
	}

	@SchemaMapping(typeName = "Theme")
	CompletableFuture<Connection<Proposal>> proposals(Theme theme, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingEnvironment environment) {
		PageRequest page = PageRequest.of(first, after);
		DataLoader<String, List<Proposal>> loader = environment.getDataLoader(BY_THEME);
		if (loader == null) {
			throw new IllegalStateException("The " + BY_THEME + " data loader is not registered");
		}
		return loader.load(theme.getId()).thenApply((all) -> slice((all != null) ? all : List.of(), page));
	}

	private static <T> Connection<T> slice(List<T> all, PageRequest page) {
		int from = Math.min(page.offset(), all.size());
		int to = Math.min(page.offset() + page.limit(), all.size());
		return Connection.of(all.subList(from, to), page, all.size());
	}

}
