package jp.kitakyushu.busters.api.report;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./busters report --year 2026}: writes the annual report of that fiscal year as
 * HTML and PDF from the store, then exits. Runs instead of the server.
 */
@Component
@ConditionalOnProperty("busters.report.annual-year")
class AnnualReportCommand implements ApplicationRunner {

	private final AnnualReports reports;

	private final AnnualReportPdf pdf;

	private final ProblemProjectionRebuild projection;

	private final ConfigurableApplicationContext context;

	private final int year;

	private final Path out;

	private final PrintStream console = System.out;

	AnnualReportCommand(AnnualReports reports, AnnualReportPdf pdf, ProblemProjectionRebuild projection,
			ConfigurableApplicationContext context, @Value("${busters.report.annual-year}") int year,
			@Value("${busters.report.out:.}") Path out) {
		this.reports = reports;
		this.pdf = pdf;
		this.projection = projection;
		this.context = context;
		this.year = year;
		this.out = out;
	}

	@Override
	public void run(ApplicationArguments args) {
		int exit = 0;
		try {
			// Runners run before the application is ready, when the projection would be
			// built on a store that never had one.
			this.projection.buildIfNeverBuilt();
			String html = AnnualReportHtml.render(this.reports.of(this.year));
			Files.createDirectories(this.out);
			Path htmlFile = this.out.resolve("busters-annual-report-" + this.year + ".html");
			Path pdfFile = this.out.resolve("busters-annual-report-" + this.year + ".pdf");
			Files.writeString(htmlFile, html, StandardCharsets.UTF_8);
			Files.write(pdfFile, this.pdf.render(html));
			this.console.println("Wrote " + htmlFile.toAbsolutePath().normalize());
			this.console.println("Wrote " + pdfFile.toAbsolutePath().normalize());
		}
		catch (ReportRequestException | IllegalStateException ex) {
			System.err.println(ex.getMessage());
			exit = 2;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int code = exit;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

}
