package jp.kitakyushu.busters.web.ui;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How pages write wards, categories, yen, numbers and dates, in the page's language and
 * in Kitakyushu's time zone. Templates call it as {@code ${@fmt.yen(amount)}}.
 */
@Component("fmt")
public class Formats {

	/** Dates are shown as people in Kitakyushu read them. */
	public static final ZoneId CITY_TIME = ZoneId.of("Asia/Tokyo");

	private static final DateTimeFormatter DATE_JA = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPANESE);

	private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter TIME_JA = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm", Locale.JAPANESE);

	private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.ENGLISH);

	private final MessageSource messages;

	private final Clock clock;

	@Autowired
	Formats(MessageSource messages) {
		this(messages, Clock.systemUTC());
	}

	Formats(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/** A ward's name, e.g. 小倉北区 or Kokurakita. */
	public String ward(@Nullable String ward) {
		return (ward != null) ? this.messages.getMessage("ward." + ward, null, ward, locale()) : "";
	}

	/** A state's name, e.g. 公開中 for problem / PUBLISHED. */
	public String status(String kind, @Nullable String status) {
		return (status != null) ? this.messages.getMessage("status." + kind + "." + status, null, status, locale())
				: "";
	}

	/** A category's name in the page's language. */
	public String category(@Nullable Category category) {
		if (category == null) {
			return "";
		}
		return isJapanese() ? category.nameJa() : category.nameEn();
	}

	/** An amount of yen: 1,200,000円 in Japanese, ¥1,200,000 in English. */
	public String yen(@Nullable Long amount) {
		if (amount == null) {
			return "";
		}
		String digits = NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
		return isJapanese() ? digits + "円" : "¥" + digits;
	}

	/** A count with thousands separators. */
	public String number(@Nullable Number count) {
		return (count != null) ? NumberFormat.getIntegerInstance(locale()).format(count) : "";
	}

	/** A date: 2026年4月1日, or 1 April 2026. */
	public String date(@Nullable Instant instant) {
		return (instant != null) ? (isJapanese() ? DATE_JA : DATE_EN).format(instant.atZone(CITY_TIME)) : "";
	}

	/** A date and time: 2026年4月1日 9:00, or 1 April 2026, 09:00. */
	public String dateTime(@Nullable Instant instant) {
		return (instant != null) ? (isJapanese() ? TIME_JA : TIME_EN).format(instant.atZone(CITY_TIME)) : "";
	}

	/** A calendar day: 2026年12月3日, or 3 December 2026. */
	public String day(java.time.@Nullable LocalDate day) {
		return (day != null) ? (isJapanese() ? DATE_JA : DATE_EN).format(day) : "";
	}

	/** The machine-readable form for {@code <time datetime>}. */
	public String iso(@Nullable Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(CITY_TIME)) : "";
	}

	/** How long until a deadline, in words: あと3日 / 3 days left, or that it passed. */
	public String timeLeft(@Nullable Instant deadline) {
		if (deadline == null) {
			return "";
		}
		Duration left = Duration.between(this.clock.instant(), deadline);
		if (left.isNegative() || left.isZero()) {
			return message("ui.timeLeft.closed");
		}
		if (left.toDays() >= 1) {
			return message("ui.timeLeft.days", left.toDays());
		}
		return message("ui.timeLeft.hours", Math.max(1, left.toHours()));
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, locale());
	}

	private static boolean isJapanese() {
		return "ja".equals(locale().getLanguage());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
