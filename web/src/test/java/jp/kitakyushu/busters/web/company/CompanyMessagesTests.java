package jp.kitakyushu.busters.web.company;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state the company pages show in words has them in both languages: a proposal's
 * explanation, a company's state, every kind of notification.
 */
class CompanyMessagesTests {

	@Test
	void everyProposalStateCompanyStateAndNotificationKindHasWords() throws IOException {
		String schema = Files.readString(Path.of("../api/schema.graphql"));
		for (String bundle : List.of("i18n/company.properties", "i18n/company_en.properties")) {
			Properties messages = load(bundle);
			for (String status : enumValues(schema, "ProposalStatus")) {
				assertThat(messages).as(bundle)
					.containsKeys("company.proposal.explain." + status, "company.proposal.reason." + status);
			}
			for (String status : enumValues(schema, "CompanyStatus")) {
				assertThat(messages).as(bundle).containsKey("status.company." + status);
			}
			for (String kind : enumValues(schema, "NotificationKind")) {
				assertThat(messages).as(bundle).containsKey("company.notifications.kind." + kind);
			}
		}
	}

	private static List<String> enumValues(String schema, String name) {
		Matcher body = Pattern.compile("enum " + name + " \\{(.*?)\\}", Pattern.DOTALL).matcher(schema);
		assertThat(body.find()).as("enum %s", name).isTrue();
		List<String> values = new ArrayList<>();
		body.group(1).lines().map(String::strip).filter((line) -> line.matches("[A-Z_0-9]+")).forEach(values::add);
		assertThat(values).isNotEmpty();
		return values;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = CompanyMessagesTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
