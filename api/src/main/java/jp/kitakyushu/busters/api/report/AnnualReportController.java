package jp.kitakyushu.busters.api.report;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the annual report as HTML and PDF under {@code /export/reports/}, open to anyone
 * like the rest of the open data; the web's report page shows and links them.
 */
@RestController
class AnnualReportController {

	private final AnnualReports reports;

	private final AnnualReportPdf pdf;

	AnnualReportController(AnnualReports reports, AnnualReportPdf pdf) {
		this.reports = reports;
		this.pdf = pdf;
	}

	@GetMapping("/export/reports/annual-{year}.html")
	ResponseEntity<String> html(@PathVariable String year) {
		return ResponseEntity.ok()
			.header("Content-Type", "text/html; charset=UTF-8")
			.body(AnnualReportHtml.render(this.reports.of(year(year))));
	}

	@GetMapping("/export/reports/annual-{year}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String year) {
		byte[] document = this.pdf.render(AnnualReportHtml.render(this.reports.of(year(year))));
		return ResponseEntity.ok()
			.header("Content-Type", "application/pdf")
			.header("Content-Disposition", "inline; filename=\"busters-annual-report-" + year + ".pdf\"")
			.body(document);
	}

	@ExceptionHandler(ReportRequestException.class)
	ResponseEntity<byte[]> refused(ReportRequestException ex) {
		return ResponseEntity.badRequest()
			.header("Content-Type", "text/plain; charset=UTF-8")
			.body(ex.getMessage().getBytes(StandardCharsets.UTF_8));
	}

	static int year(String year) {
		if (!year.matches("20[0-9]{2}")) {
			throw new ReportRequestException("year", "INVALID_YEAR", "'" + year + "' is not a year such as 2026.");
		}
		return Integer.parseInt(year);
	}

}
