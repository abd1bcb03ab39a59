package jp.kitakyushu.busters.web.visitor.opendata;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /open-data/}: the data sets with their formats, licence and data dictionary,
 * from the api's catalogue; {@code /open-data/{file}} and the annual report's PDF pass
 * the api's files through.
 */
@Controller
class OpenDataPageController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ApiFiles files;

	OpenDataPageController(ApiFiles files) {
		this.files = files;
	}

	@GetMapping({ "/open-data", "/open-data/" })
	String page(Model model) {
		List<DataSet> sets = this.files.text("/export/datasets.json")
			.map(OpenDataPageController::sets)
			.orElse(List.of());
		model.addAttribute("available", !sets.isEmpty());
		model.addAttribute("dataSets", sets);
		return "visitor/open-data";
	}

	@GetMapping("/open-data/{file:[a-z0-9.-]+}")
	void file(@PathVariable String file, HttpServletResponse response) throws IOException {
		this.files.pass("/export/" + file, response);
	}

	@GetMapping("/reports/annual/{year}.pdf")
	void annualPdf(@PathVariable String year, HttpServletResponse response) throws IOException {
		if (!year.matches("20[0-9]{2}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		this.files.pass("/export/reports/annual-" + year + ".pdf", response);
	}

	private static List<DataSet> sets(String catalogue) {
		JsonNode root = JSON.readTree(catalogue);
		return root.path("datasets")
			.valueStream()
			.map((set) -> new DataSet(set.path("name").asString(), set.path("ja").asString(), set.path("en").asString(),
					set.path("columns").asInt()))
			.toList();
	}

	/**
	 * One data set as the page lists it.
	 *
	 * @param name its file name, e.g. {@code problems}
	 * @param titleJa its Japanese title
	 * @param titleEn its English title
	 * @param columns how many columns it has
	 */
	record DataSet(String name, String titleJa, String titleEn, int columns) {
	}

}
