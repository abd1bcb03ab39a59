package jp.kitakyushu.busters.web.company.organisation;

import java.util.Arrays;
import java.util.List;

import jp.kitakyushu.busters.web.company.MyCompanies.Company;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's profile as its member edits it, kept as typed.
 *
 * @param name the registered name (changeable only until staff verify it)
 * @param description what the organisation does
 * @param capabilities what it can do, in its words
 * @param tags keywords, separated by commas or 読点
 */
record ProfileForm(@Nullable String name, @Nullable String description, @Nullable String capabilities,
		@Nullable String tags) {

	static ProfileForm of(Company company) {
		return new ProfileForm(company.name(), company.description(), company.capabilities(),
				String.join("、", company.tags()));
	}

	List<String> tagList() {
		if (this.tags == null) {
			return List.of();
		}
		return Arrays.stream(this.tags.split("[,，、\\n]")).map(String::strip).filter((tag) -> !tag.isEmpty()).toList();
	}

	static String text(@Nullable String value) {
		return (value != null) ? value.strip() : "";
	}

}
