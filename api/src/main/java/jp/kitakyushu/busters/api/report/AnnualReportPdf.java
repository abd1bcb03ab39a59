package jp.kitakyushu.busters.api.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import org.springframework.stereotype.Component;

/**
 * Draws the annual report's page as a PDF with openhtmltopdf and PDFBox, embedding a
 * Japanese TrueType font (a subset of it), so the PDF reads the same on any machine.
 */
@Component
class AnnualReportPdf {

	/** The family name the report's style sheet asks for first. */
	static final String FAMILY = "TakaoPGothic";

	private final Path font;

	AnnualReportPdf(ReportProperties properties) {
		this.font = properties.font();
	}

	byte[] render(String xhtml) {
		if (!Files.isRegularFile(this.font)) {
			throw new IllegalStateException("The annual report's PDF needs a Japanese TrueType font at " + this.font
					+ ": install Debian's fonts-takao-gothic (apt-get install fonts-takao-gothic) or set "
					+ "BUSTERS_REPORT_FONT to another TrueType (glyf) font.");
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(this.font.toFile(), FAMILY);
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not draw the annual report's PDF", ex);
		}
	}

}
