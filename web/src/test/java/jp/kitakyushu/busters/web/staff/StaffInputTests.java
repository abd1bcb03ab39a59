package jp.kitakyushu.busters.web.staff;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amounts and days as clerks type them, and what is refused rather than guessed.
 */
class StaffInputTests {

	@Test
	void yenAsClerksWriteIt() {
		assertThat(StaffInput.yen("1,200,000")).hasValue(1_200_000L);
		assertThat(StaffInput.yen(" 1200000円 ")).hasValue(1_200_000L);
		assertThat(StaffInput.yen("¥1,200,000")).hasValue(1_200_000L);
		assertThat(StaffInput.yen("１２０００００")).hasValue(1_200_000L);
		assertThat(StaffInput.yen("0")).hasValue(0L);
		assertThat(StaffInput.yen("12.5")).isEmpty();
		assertThat(StaffInput.yen("-5")).isEmpty();
		assertThat(StaffInput.yen("120万")).isEmpty();
		assertThat(StaffInput.yen("")).isEmpty();
		assertThat(StaffInput.yen("9".repeat(16))).isEmpty();
		assertThat(StaffInput.yen("100000000001")).isEmpty();
	}

	@Test
	void daysWithDashesSlashesOrFullWidthDigits() {
		assertThat(StaffInput.day("2026-04-01")).hasValue(LocalDate.of(2026, 4, 1));
		assertThat(StaffInput.day("2026/4/1")).hasValue(LocalDate.of(2026, 4, 1));
		assertThat(StaffInput.day("２０２６－０４－０１")).hasValue(LocalDate.of(2026, 4, 1));
		assertThat(StaffInput.day("2026-02-30")).isEmpty();
		assertThat(StaffInput.day("April 1")).isEmpty();
		assertThat(StaffInput.endOf(LocalDate.of(2026, 4, 30)).toString()).isEqualTo("2026-04-30T14:59:00Z");
		assertThat(StaffInput.startOf(LocalDate.of(2026, 4, 1)).toString()).isEqualTo("2026-03-31T15:00:00Z");
	}

	@Test
	void momentsAreDaysWithAnOptionalTime() {
		assertThat(StaffInput.moment("2026-04-30", true))
			.hasValueSatisfying((moment) -> assertThat(moment.toString()).isEqualTo("2026-04-30T14:59:00Z"));
		assertThat(StaffInput.moment("2026-04-30", false))
			.hasValueSatisfying((moment) -> assertThat(moment.toString()).isEqualTo("2026-04-29T15:00:00Z"));
		assertThat(StaffInput.moment("2026/4/30  9:05", true))
			.hasValueSatisfying((moment) -> assertThat(moment.toString()).isEqualTo("2026-04-30T00:05:00Z"));
		assertThat(StaffInput.moment("2026-04-30 25:00", true)).isEmpty();
		assertThat(StaffInput.moment("2026-04-30 at noon", true)).isEmpty();
		assertThat(StaffInput.moment(java.time.Instant.parse("2026-04-30T14:59:00Z"), true)).isEqualTo("2026-04-30");
		assertThat(StaffInput.moment(java.time.Instant.parse("2026-04-30T08:00:00Z"), true))
			.isEqualTo("2026-04-30 17:00");
		assertThat(StaffInput.moment(java.time.Instant.parse("2026-04-29T15:00:00Z"), false)).isEqualTo("2026-04-30");
	}

	@Test
	void wholeAndDecimalNumbers() {
		assertThat(StaffInput.integer("1,200")).hasValue(1200);
		assertThat(StaffInput.integer("-3")).hasValue(-3);
		assertThat(StaffInput.integer("3.5")).isEmpty();
		assertThat(StaffInput.decimal("12.5")).hasValue(12.5);
		assertThat(StaffInput.decimal("-3")).hasValue(-3.0);
		assertThat(StaffInput.decimal("1e3")).isEmpty();
	}

}
