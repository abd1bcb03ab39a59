package jp.kitakyushu.busters.web.visitor.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches the api's public files (open data under {@code /export/}, the annual report)
 * and passes them on byte for byte with their type and file name. They are public, so no
 * token is sent.
 */
@Component
class ApiFiles {

	private static final Logger log = LoggerFactory.getLogger(ApiFiles.class);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	private final String base;

	ApiFiles(@Value("${busters.api.url}") String graphQlUrl) {
		this.base = graphQlUrl.replaceFirst("/graphql/?$", "");
	}

	/** The text of a small public file (the catalogue), if the api gives it. */
	Optional<String> text(String path) {
		try {
			HttpResponse<String> response = this.http.send(request(path), HttpResponse.BodyHandlers.ofString());
			return (response.statusCode() == 200) ? Optional.of(response.body()) : Optional.empty();
		}
		catch (IOException ex) {
			log.warn("The api could not give {}: {}", path, ex.getMessage());
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/**
	 * Streams a public file of the api to the visitor; a file the api does not have is a
	 * 404 here too, and an api that does not answer a 503.
	 */
	void pass(String path, HttpServletResponse target) throws IOException {
		HttpResponse<InputStream> response;
		try {
			response = this.http.send(request(path), HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException ex) {
			log.warn("The api could not give {}: {}", path, ex.getMessage());
			target.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			target.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		try (InputStream body = response.body()) {
			if (response.statusCode() != 200) {
				target.sendError((response.statusCode() == 404 || response.statusCode() == 400)
						? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_GATEWAY);
				return;
			}
			response.headers().firstValue("Content-Type").ifPresent(target::setContentType);
			response.headers()
				.firstValue("Content-Disposition")
				.ifPresent((value) -> target.setHeader("Content-Disposition", value));
			OutputStream out = target.getOutputStream();
			body.transferTo(out);
			out.flush();
		}
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(60)).GET().build();
	}

}
