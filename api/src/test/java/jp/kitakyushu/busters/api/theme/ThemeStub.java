package jp.kitakyushu.busters.api.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.NodeLoader;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * A test-only stand-in for the theme module's GraphQL type, built in parallel on another
 * branch: it adds a minimal {@code Theme} to the schema, {@code node(id:)} for themes and
 * their global id, and switches itself off as soon as a real schema file declares
 * {@code type Theme}. Delete it once the theme module's schema is merged.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ThemeStub.NoThemeSchema.class)
class ThemeStub {

	@Bean
	GraphQlSourceBuilderCustomizer themeStubSchema() {
		return (builder) -> builder.schemaResources(new ClassPathResource("theme-stub/theme-stub.graphqls"));
	}

	@Bean
	NodeLoader<Theme> themeStubNodeLoader(MongoTemplate mongo) {
		return new NodeLoader<>() {

			@Override
			public String typeName() {
				return ThemeService.TYPE;
			}

			@Override
			public Map<String, Theme> loadVisible(Collection<String> ids) {
				Map<String, Theme> found = new LinkedHashMap<>();
				mongo.find(Query.query(Criteria.where("_id").in(ids)), Theme.class)
					.forEach((theme) -> found.put(theme.getId(), theme));
				return found;
			}

		};
	}

	/** Maps the stand-in's {@code Theme.id} to a global id. */
	@Controller
	@Conditional(NoThemeSchema.class)
	static class ThemeStubController {

		@SchemaMapping(typeName = "Theme")
		String id(Theme theme) {
			return GlobalId.encode(ThemeService.TYPE, theme.getId());
		}

	}

	/** Matches while no schema file on the class path declares {@code type Theme}. */
	static class NoThemeSchema implements Condition {

		private static final Pattern THEME_TYPE = Pattern.compile("(?m)^\\s*type\\s+Theme\\b");

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			try {
				for (Resource resource : new PathMatchingResourcePatternResolver(context.getClassLoader())
					.getResources("classpath*:graphql/**/*.graphqls")) {
					if (THEME_TYPE.matcher(resource.getContentAsString(StandardCharsets.UTF_8)).find()) {
						return false;
					}
				}
				return true;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
