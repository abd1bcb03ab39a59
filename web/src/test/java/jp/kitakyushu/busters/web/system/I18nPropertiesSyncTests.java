package jp.kitakyushu.busters.web.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message exists in Japanese and English, every key a template uses exists, every
 * state and user error code of the api has words, and no template carries text of its
 * own: so no page shows a raw key, falls back to the other language or mixes them.
 */
class I18nPropertiesSyncTests {

	/** The message bundles, as spring.messages.basename lists them. */
	static final List<String> BUNDLES = List.of("i18n/messages", "i18n/visitor", "i18n/citizen", "i18n/staff");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");

	/** Words in any script: a letter of any language, or a CJK character. */
	private static final Pattern WORDS = Pattern.compile("[\\p{L}]");

	private static final Pattern TEXT_ATTRIBUTE = Pattern.compile("\\s(aria-label|title|alt|placeholder)=\"([^\"]*)\"");

	@Test
	void japaneseAndEnglishHaveTheSameKeysInEveryBundle() throws IOException {
		for (String bundle : BUNDLES) {
			assertThat(load(bundle + "_en.properties").stringPropertyNames()).as(bundle)
				.containsExactlyInAnyOrderElementsOf(load(bundle + ".properties").stringPropertyNames());
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Set<String> seen = new TreeSet<>();
		for (String bundle : BUNDLES) {
			for (String key : load(bundle + ".properties").stringPropertyNames()) {
				assertThat(seen.add(key)).as("%s is defined again in %s", key, bundle).isTrue();
			}
		}
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> used = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		}
		// Keys built at run time (e.g. 'role.' + name) are checked by their own tests.
		used.removeIf((key) -> key.endsWith("."));
		assertThat(used).isNotEmpty();
		assertThat(allKeys()).containsAll(used);
	}

	@Test
	void everyStateAndUserErrorCodeOfTheApiHasWords() throws IOException {
		String schema = Files.readString(Path.of("../api/schema.graphql"));
		Set<String> keys = allKeys();
		for (String code : enumValues(schema, "UserErrorCode")) {
			assertThat(keys).contains("userError." + code);
		}
		for (String status : enumValues(schema, "ProblemStatus")) {
			assertThat(keys).contains("status.problem." + status, "my.problem.explain." + status);
		}
		for (String status : enumValues(schema, "ThemeStatus")) {
			assertThat(keys).contains("status.theme." + status);
		}
		for (String status : enumValues(schema, "ProposalStatus")) {
			assertThat(keys).contains("status.proposal." + status);
		}
		for (String ward : enumValues(schema, "Ward")) {
			assertThat(keys).contains("ward." + ward);
		}
	}

	@Test
	void templatesHoldNoTextOfTheirOwn() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			found.addAll(HardCodedText.in(TEMPLATES.relativize(template).toString(), html));
			Matcher attribute = TEXT_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				if (WORDS.matcher(attribute.group(2)).find() && !attribute.group(2).startsWith("#")) {
					found.add(template.getFileName() + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
				}
			}
		}
		assertThat(found).as("text written in a template instead of a message file").isEmpty();
	}

	private static List<String> enumValues(String schema, String name) {
		Matcher body = Pattern.compile("enum " + name + " \\{(.*?)\\}", Pattern.DOTALL).matcher(schema);
		assertThat(body.find()).as("enum %s in the api's schema", name).isTrue();
		List<String> values = new ArrayList<>();
		for (String line : body.group(1).lines().map(String::strip).toList()) {
			if (line.matches("[A-Z_0-9]+")) {
				values.add(line);
			}
		}
		assertThat(values).isNotEmpty();
		return values;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	static Set<String> allKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String bundle : BUNDLES) {
			keys.addAll(load(bundle + ".properties").stringPropertyNames());
		}
		return keys;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nPropertiesSyncTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
