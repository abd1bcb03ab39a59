package jp.kitakyushu.busters.web.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What staff pages write beyond the site's formats: how long something has waited and a
 * score. Templates call it as {@code ${@staffFmt.age(createdAt)}}.
 */
@Component("staffFmt")
public class StaffFormats {

	private static final DateTimeFormatter DAY_JA = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPANESE);

	private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private final MessageSource messages;

	private final Clock clock;

	@Autowired
	StaffFormats(MessageSource messages) {
		this(messages, Clock.systemUTC());
	}

	StaffFormats(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/** How long ago: 3日 / 3 days, 5時間 / 5 hours, or under an hour. */
	public String age(@Nullable Instant since) {
		if (since == null) {
			return "";
		}
		Duration age = Duration.between(since, this.clock.instant());
		if (age.toDays() >= 1) {
			return message("staff.age.days", age.toDays());
		}
		if (age.toHours() >= 1) {
			return message("staff.age.hours", age.toHours());
		}
		return message("staff.age.minutes", Math.max(1, age.toMinutes()));
	}

	/** A calendar day: 2026年4月1日, or 1 April 2026. */
	public String day(@Nullable LocalDate day) {
		if (day == null) {
			return "";
		}
		return "ja".equals(LocaleContextHolder.getLocale().getLanguage()) ? DAY_JA.format(day) : DAY_EN.format(day);
	}

	/** Whether something has waited longer than the given number of days. */
	public boolean olderThanDays(@Nullable Instant since, long days) {
		return since != null && Duration.between(since, this.clock.instant()).toDays() >= days;
	}

	/** A score from 0 to 5 with one decimal, or a dash when there is none. */
	public String score(@Nullable Double score) {
		return (score != null) ? String.format(Locale.ROOT, "%.1f", score) : "–";
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
