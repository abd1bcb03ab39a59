package jp.kitakyushu.busters.web.staff;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import jp.kitakyushu.busters.web.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * How staff forms read what was typed: amounts of yen as clerks write them (1,200,000,
 * 1200000円, ¥1,200,000, full-width digits), dates as 2026-04-01 or 2026/4/1 in
 * Kitakyushu's time, and trimmed text. Anything else is a field error, never a guess.
 */
public final class StaffInput {

	/** The largest amount a form accepts: the api's own typo guard is higher still. */
	public static final long MAX_YEN = 100_000_000_000L;

	private StaffInput() {
	}

	/** The text as typed, trimmed; "" for none. */
	public static String text(@Nullable String value) {
		return (value != null) ? value.strip() : "";
	}

	/** Whether nothing was typed. */
	public static boolean blank(@Nullable String value) {
		return text(value).isEmpty();
	}

	/** An amount of yen, or empty when it is not a whole number of yen. */
	public static Optional<Long> yen(@Nullable String value) {
		String digits = Normalizer.normalize(text(value), Normalizer.Form.NFKC)
			.replace(",", "")
			.replace("円", "")
			.replace("¥", "")
			.replace("￥", "")
			.strip();
		if (digits.isEmpty() || digits.length() > 15 || !digits.chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		long amount = Long.parseLong(digits);
		return (amount <= MAX_YEN) ? Optional.of(amount) : Optional.empty();
	}

	/** A whole number, or empty. */
	public static Optional<Integer> integer(@Nullable String value) {
		String digits = Normalizer.normalize(text(value), Normalizer.Form.NFKC).replace(",", "").strip();
		if (!digits.matches("-?\\d{1,9}")) {
			return Optional.empty();
		}
		return Optional.of(Integer.parseInt(digits));
	}

	/** A decimal number such as 12.5 or -3, or empty. */
	public static Optional<Double> decimal(@Nullable String value) {
		String number = Normalizer.normalize(text(value), Normalizer.Form.NFKC).strip();
		if (!number.matches("-?\\d{1,6}(\\.\\d{1,3})?")) {
			return Optional.empty();
		}
		return Optional.of(Double.parseDouble(number));
	}

	/** A calendar day, or empty. */
	public static Optional<LocalDate> day(@Nullable String value) {
		String text = Normalizer.normalize(text(value), Normalizer.Form.NFKC).replace('/', '-').replace('.', '-');
		String[] parts = text.split("-");
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			return Optional
				.of(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
		}
		catch (NumberFormatException | java.time.DateTimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A moment typed as a day with an optional time (2026-04-30 or 2026-04-30 17:00), in
	 * Kitakyushu's time; a day alone means its first minute, or, for a deadline, its
	 * last.
	 */
	public static Optional<Instant> moment(@Nullable String value, boolean deadline) {
		String text = Normalizer.normalize(text(value), Normalizer.Form.NFKC).replaceAll("\\s+", " ");
		String[] parts = text.split(" ");
		if (parts.length > 2) {
			return Optional.empty();
		}
		Optional<LocalDate> day = day(parts[0]);
		if (day.isEmpty()) {
			return Optional.empty();
		}
		if (parts.length == 1) {
			return Optional.of(deadline ? endOf(day.get()) : startOf(day.get()));
		}
		try {
			LocalTime time = LocalTime.parse((parts[1].length() == 4) ? "0" + parts[1] : parts[1]);
			return Optional.of(day.get().atTime(time).atZone(Formats.CITY_TIME).toInstant());
		}
		catch (java.time.DateTimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A moment as the form shows it again: the day alone when it is the day's first
	 * minute (or, for a deadline, its last), else the day and the time.
	 */
	public static String moment(@Nullable Instant instant, boolean deadline) {
		if (instant == null) {
			return "";
		}
		var local = instant.atZone(Formats.CITY_TIME).toLocalDateTime();
		LocalTime implied = deadline ? LocalTime.of(23, 59) : LocalTime.MIDNIGHT;
		return local.toLocalTime().equals(implied) ? local.toLocalDate().toString()
				: local.toLocalDate() + " " + local.toLocalTime().withSecond(0).withNano(0);
	}

	/** The start of a day in Kitakyushu. */
	public static Instant startOf(LocalDate day) {
		return day.atStartOfDay(Formats.CITY_TIME).toInstant();
	}

	/** The last minute of a day in Kitakyushu, when a call closing "on" that day ends. */
	public static Instant endOf(LocalDate day) {
		return day.atTime(LocalTime.of(23, 59)).atZone(Formats.CITY_TIME).toInstant();
	}

	/** A day as a form shows it again: 2026-04-01. */
	public static String day(@Nullable Instant instant) {
		return (instant != null) ? instant.atZone(Formats.CITY_TIME).toLocalDate().toString() : "";
	}

}
