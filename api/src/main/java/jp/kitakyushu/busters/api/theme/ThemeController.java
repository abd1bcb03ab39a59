package jp.kitakyushu.busters.api.theme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.Mutations;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeCancelInput;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeCreateInput;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeFilter;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeOrder;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemePublishInput;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeUpdateInput;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The theme queries and mutations, and the theme a {@code Proposal} answers
 * ({@link ThemeFields} computes the theme's own fields).
 */
@Controller
class ThemeController {

	private final ThemeQueries queries;

	private final ThemeService themes;

	ThemeController(ThemeQueries queries, ThemeService themes) {
		this.queries = queries;
		this.themes = themes;
	}

	@QueryMapping
	Connection<Theme> themes(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable ThemeFilter filter, @Argument @Nullable ThemeOrder orderBy) {
		return this.queries.list(filter, orderBy, PageRequest.of(first, after));
	}

	@MutationMapping
	ThemePayload themeCreate(@Argument ThemeCreateInput input) {
		return Mutations.run(() -> this.themes.create(input), ThemePayload::new);
	}

	@MutationMapping
	ThemePayload themeUpdate(@Argument ThemeUpdateInput input) {
		return Mutations.run(() -> this.themes.update(input), ThemePayload::new);
	}

	@MutationMapping
	ThemePayload themePublish(@Argument ThemePublishInput input) {
		return Mutations.run(() -> this.themes.publish(input), ThemePayload::new);
	}

	@MutationMapping
	ThemePayload themeCancel(@Argument ThemeCancelInput input) {
		return Mutations.run(() -> this.themes.cancel(input), ThemePayload::new);
	}

	/**
	 * The theme each proposal answers, if the caller may see it, in one read per page.
	 */
	@BatchMapping(typeName = "Proposal", field = "theme")
	Map<Proposal, @Nullable Theme> proposalTheme(List<Proposal> proposals) {
		Map<String, Theme> found = this.queries
			.findVisible(proposals.stream().map(Proposal::getThemeId).distinct().toList());
		Map<Proposal, @Nullable Theme> result = new LinkedHashMap<>();
		proposals.forEach((proposal) -> result.put(proposal, found.get(proposal.getThemeId())));
		return result;
	}

	/**
	 * The result of a theme mutation.
	 *
	 * @param theme the theme after the change, or null
	 * @param userErrors what to fix
	 */
	record ThemePayload(@Nullable Theme theme, List<UserError> userErrors) {
	}

}
