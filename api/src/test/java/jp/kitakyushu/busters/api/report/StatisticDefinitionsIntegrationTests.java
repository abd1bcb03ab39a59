package jp.kitakyushu.busters.api.report;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema describes every reporting figure with its written definition word for word,
 * so the schema, the pages, the open data and the annual report cannot drift apart.
 */
class StatisticDefinitionsIntegrationTests extends ApiIntegrationTest {

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void theSchemaDescribesEveryFigureWithItsDefinition() {
		List<String> mismatches = new ArrayList<>();
		for (Statistic statistic : Statistic.values()) {
			String[] coordinate = statistic.schemaCoordinate().split("\\.");
			GraphQLNamedType type = this.graphQlSource.schema().getTypeAs(coordinate[0]);
			String description = switch (type) {
				case GraphQLObjectType object -> object.getFieldDefinition(coordinate[1]).getDescription();
				case GraphQLEnumType enumType -> enumType.getValue(coordinate[1]).getDescription();
				default -> null;
			};
			if (description == null || !description.startsWith(statistic.definitionEn())) {
				mismatches.add(statistic + " at " + statistic.schemaCoordinate() + ": " + description);
			}
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void everyFigureHasBothNamesAndBothDefinitionsOfItsOwn() {
		List<String> texts = new ArrayList<>();
		for (Statistic statistic : Statistic.values()) {
			List<String> own = List.of(statistic.nameJa(), statistic.nameEn(), statistic.definitionJa(),
					statistic.definitionEn());
			assertThat(own).as(statistic.name()).allSatisfy((text) -> assertThat(text).isNotBlank());
			texts.addAll(own);
		}
		assertThat(texts).doesNotHaveDuplicates();
	}

}
