package jp.kitakyushu.busters.web.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GraphQL document the pages send is valid against the api's printed schema
 * ({@code api/schema.graphql}), so a renamed field fails this build rather than a page,
 * and each holds exactly one operation named after its file.
 */
class GraphQlDocumentsTests {

	private static final Path DOCUMENTS = Path.of("src/main/resources/graphql-documents");

	@Test
	void everyDocumentIsValidAgainstTheApiSchema() throws IOException {
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse(Files.readString(Path.of("../api/schema.graphql"))),
				RuntimeWiring.MOCKED_WIRING);
		List<Path> documents = documents();
		assertThat(documents).isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (Path path : documents) {
			Document document = Parser.parse(Files.readString(path));
			for (ValidationError error : new Validator().validateDocument(schema, document, Locale.ENGLISH)) {
				problems.add(DOCUMENTS.relativize(path) + ": " + error.getMessage());
			}
			List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
			String file = path.getFileName().toString().replace(".graphql", "");
			if (operations.size() != 1 || !operations.get(0).getName().equalsIgnoreCase(file)) {
				problems.add(DOCUMENTS.relativize(path) + ": one operation named " + file + " expected");
			}
		}
		assertThat(problems).isEmpty();
	}

	private static List<Path> documents() throws IOException {
		try (Stream<Path> files = Files.walk(DOCUMENTS)) {
			return files.filter((p) -> p.toString().endsWith(".graphql")).sorted().toList();
		}
	}

}
