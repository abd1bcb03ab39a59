package jp.kitakyushu.busters.api.company;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest.Caller;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registers and verifies companies through the api, for the tests of the modules that
 * need a company.
 */
public final class CompanyFixtures {

	private CompanyFixtures() {
	}

	/** A valid corporate number built from a 12-digit base. */
	public static String corporateNumber(String base) {
		return CorporateNumber.checkDigit(base) + base;
	}

	/** Registration input with defaults, overridden by {@code pairs}. */
	public static Map<String, Object> registration(String name, String base, Object... pairs) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", name);
		input.put("corporateNumber", corporateNumber(base));
		input.put("description", "北九州市の見守りサービス事業者です。");
		input.put("capabilities", "IoTセンサーによる高齢者の見守り、ごみ出し支援");
		input.put("tags", List.of("見守り", "IoT"));
		for (int i = 0; i < pairs.length; i += 2) {
			input.put((String) pairs[i], pairs[i + 1]);
		}
		return input;
	}

	/** Registers a company as {@code member}; returns its global id. */
	public static String register(Caller member, String name, String base) {
		Response response = member.op("company", "Register", Map.of("input", registration(name, base)));
		assertThat(response.data("companyRegister", "userErrors").isEmpty()).as(response.raw()).isTrue();
		return response.data("companyRegister", "company", "id").asString();
	}

	/** Registers a company as {@code member} and has {@code staff} verify it. */
	public static String verified(Caller member, Caller staff, String name, String base) {
		String id = register(member, name, base);
		Response verified = staff.op("company", "Verify", Map.of("id", id));
		assertThat(verified.data("companyVerify", "company", "status").asString()).as(verified.raw())
			.isEqualTo("VERIFIED");
		return id;
	}

}
