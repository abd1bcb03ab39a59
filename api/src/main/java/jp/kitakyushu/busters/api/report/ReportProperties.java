package jp.kitakyushu.busters.api.report;

import java.time.YearMonth;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The programme's calendar and the city's targets that reporting measures against.
 *
 * @param programmeStart the first month of the programme (the 2025 round started in April
 * 2025, the start of fiscal 2025)
 * @param programmeYears how many years the target for solved problems spans
 * @param zone the time zone months and days are counted in
 * @param solvedProblemsTarget social problems to solve within the programme's years
 * @param staffHoursSavedTarget city staff hours to save a year
 * @param satisfactionChangeTarget the change in citizen satisfaction to reach, in
 * percentage points
 * @param font the Japanese TrueType font embedded in the annual report's PDF (Debian's
 * fonts-takao-gothic: TrueType outlines, which CFF-flavoured OpenType fonts lack, and no
 * Kangxi radicals mapped onto the common kanji's glyphs, so text copied or extracted from
 * the PDF comes out as the kanji written)
 */
@ConfigurationProperties("busters.report")
public record ReportProperties(@DefaultValue("2025-04") YearMonth programmeStart, @DefaultValue("3") int programmeYears,
		@DefaultValue("Asia/Tokyo") ZoneId zone, @DefaultValue("10") long solvedProblemsTarget,
		@DefaultValue("100000") long staffHoursSavedTarget, @DefaultValue("50") double satisfactionChangeTarget,
		@DefaultValue("/usr/share/fonts/truetype/takao-gothic/TakaoPGothic.ttf") java.nio.file.Path font) {

	/** The month after the programme's last month. */
	public YearMonth programmeEnd() {
		return this.programmeStart.plusYears(this.programmeYears);
	}

}
