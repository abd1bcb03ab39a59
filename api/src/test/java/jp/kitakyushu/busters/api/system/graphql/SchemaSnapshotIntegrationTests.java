package jp.kitakyushu.busters.api.system.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import jp.kitakyushu.busters.api.support.TestDataDirs;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed schema client authors read ({@code api/schema.graphql}) matches the running
 * schema, and every type, field, argument and enum value carries a description.
 */
@SpringBootTest(properties = "busters.store.embedded.backend=memory")
class SchemaSnapshotIntegrationTests {

	private static final Path SNAPSHOT = Path.of("schema.graphql");

	@Autowired
	GraphQlSource graphQlSource;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("busters.data-dir", TestDataDirs::fresh);
	}

	@Test
	void theCheckedInSchemaIsTheRunningSchema() throws IOException {
		String printed = new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
			.includeDirectives(false)
			.includeScalarTypes(true)
			.includeSchemaDefinition(false)).print(this.graphQlSource.schema());
		if (Boolean.getBoolean("busters.schema.update")) {
			Files.writeString(SNAPSHOT, printed, StandardCharsets.UTF_8);
		}
		assertThat(SNAPSHOT).as("api/schema.graphql is missing: run the tests once with -Dbusters.schema.update=true")
			.exists();
		assertThat(Files.readString(SNAPSHOT, StandardCharsets.UTF_8))
			.as("api/schema.graphql is stale: rerun with -Dbusters.schema.update=true and commit it")
			.isEqualTo(printed);
	}

	@Test
	void everyTypeFieldArgumentAndEnumValueIsDescribed() {
		GraphQLSchema schema = this.graphQlSource.schema();
		List<String> undescribed = new ArrayList<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type.getName().startsWith("__") || isBuiltInScalar(type)) {
				continue;
			}
			if (isBlank(type.getDescription())) {
				undescribed.add(type.getName());
			}
			if (type instanceof GraphQLObjectType object) {
				object.getFieldDefinitions().forEach((field) -> checkField(object.getName(), field, undescribed));
			}
			if (type instanceof GraphQLInterfaceType object) {
				object.getFieldDefinitions().forEach((field) -> checkField(object.getName(), field, undescribed));
			}
			if (type instanceof GraphQLInputObjectType input) {
				input.getFieldDefinitions()
					.stream()
					.filter((field) -> isBlank(field.getDescription()))
					.forEach((field) -> undescribed.add(input.getName() + "." + field.getName()));
			}
			if (type instanceof GraphQLEnumType enumType) {
				enumType.getValues()
					.stream()
					.filter((value) -> isBlank(value.getDescription()))
					.forEach((value) -> undescribed.add(enumType.getName() + "." + value.getName()));
			}
		}
		assertThat(undescribed).as("types, fields and values without a description").isEmpty();
	}

	private static void checkField(String owner, GraphQLFieldDefinition field, List<String> undescribed) {
		if (isBlank(field.getDescription())) {
			undescribed.add(owner + "." + field.getName());
		}
		field.getArguments()
			.stream()
			.filter((argument) -> isBlank(argument.getDescription()) && !isConnectionArgument(argument.getName()))
			.forEach((argument) -> undescribed.add(owner + "." + field.getName() + "(" + argument.getName() + ")"));
	}

	/**
	 * Relay's own arguments and single inputs are described once, by convention, on the
	 * field.
	 */
	private static boolean isConnectionArgument(String name) {
		return List.of("first", "after", "input", "id").contains(name);
	}

	private static boolean isBuiltInScalar(GraphQLNamedType type) {
		return type instanceof GraphQLScalarType
				&& List.of("String", "Int", "Float", "Boolean", "ID").contains(type.getName());
	}

	private static boolean isBlank(String description) {
		return description == null || description.isBlank();
	}

}
