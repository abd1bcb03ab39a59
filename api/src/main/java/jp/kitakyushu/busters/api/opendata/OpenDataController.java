package jp.kitakyushu.busters.api.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the open data over HTTP under {@code /export/}: the catalogue, each file, and
 * the ZIP of everything. Open to anyone; rows are written as they are read, so a large
 * data set never sits in memory whole.
 */
@RestController
class OpenDataController {

	private final OpenDataFiles files;

	OpenDataController(OpenDataFiles files) {
		this.files = files;
	}

	@GetMapping(path = { "/export", "/export/", "/export/datasets.json" }, produces = MediaType.APPLICATION_JSON_VALUE)
	String catalogue() {
		StringBuilder json = new StringBuilder("{\n  \"licence\": {\"name\": ").append(Formats.quote(Licence.NAME))
			.append(", \"url\": ")
			.append(Formats.quote(Licence.URL))
			.append(", \"ja\": ")
			.append(Formats.quote(Licence.COMPATIBILITY_JA))
			.append(", \"en\": ")
			.append(Formats.quote(Licence.COMPATIBILITY_EN))
			.append(", \"attribution\": ")
			.append(Formats.quote(Licence.ATTRIBUTION))
			.append("},\n  \"zip\": ")
			.append(Formats.quote("/export/" + OpenDataFiles.ZIP_NAME))
			.append(",\n  \"dictionary\": ")
			.append(Formats.quote("/export/dictionary.csv"))
			.append(",\n  \"datasets\": [");
		boolean first = true;
		for (DataSet set : this.files.dataSets()) {
			json.append(first ? "\n" : ",\n")
				.append("    {\"name\": ")
				.append(Formats.quote(set.name()))
				.append(", \"ja\": ")
				.append(Formats.quote(set.titleJa()))
				.append(", \"en\": ")
				.append(Formats.quote(set.titleEn()))
				.append(", \"csv\": ")
				.append(Formats.quote("/export/" + set.name() + ".csv"))
				.append(", \"csvWithoutBom\": ")
				.append(Formats.quote("/export/" + set.name() + ".utf8.csv"))
				.append(", \"json\": ")
				.append(Formats.quote("/export/" + set.name() + ".json"))
				.append(", \"columns\": ")
				.append(set.columns().size())
				.append('}');
			first = false;
		}
		return json.append("\n  ]\n}\n").toString();
	}

	@GetMapping("/export/" + OpenDataFiles.ZIP_NAME)
	void zip(HttpServletResponse response) throws IOException {
		send(response, "application/zip", OpenDataFiles.ZIP_NAME, this.files::zip);
	}

	@GetMapping("/export/{name:.+}")
	void file(@PathVariable String name, HttpServletResponse response) throws IOException {
		var writer = this.files.file(name);
		if (writer.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getOutputStream()
				.write(("{\"error\": " + Formats.quote("No open-data file is called '" + name
						+ "'. The catalogue at /export/datasets.json lists every file.") + "}\n")
					.getBytes(StandardCharsets.UTF_8));
			return;
		}
		String type = name.endsWith(".json") ? "application/json; charset=UTF-8"
				: name.endsWith(".txt") ? "text/plain; charset=UTF-8" : "text/csv; charset=UTF-8";
		send(response, type, name, writer.get());
	}

	private static void send(HttpServletResponse response, String type, String name, Consumer<OutputStream> writer)
			throws IOException {
		response.setContentType(type);
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
		response.setHeader("Cache-Control", "public, max-age=300");
		OutputStream out = response.getOutputStream();
		writer.accept(out);
		out.flush();
	}

}
