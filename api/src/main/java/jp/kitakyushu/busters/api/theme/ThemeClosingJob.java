package jp.kitakyushu.busters.api.theme;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Stores CLOSED on themes whose deadline passed, so the stored state catches up with what
 * every read already shows even when no one calls the api. Runs every
 * {@code busters.theme.closing-interval} (default one minute; ISO-8601 or {@code 30s}
 * style).
 */
@Component
class ThemeClosingJob {

	private static final Logger log = LoggerFactory.getLogger(ThemeClosingJob.class);

	private final ThemeService themes;

	ThemeClosingJob(ThemeService themes) {
		this.themes = themes;
	}

	@Scheduled(fixedDelayString = "${busters.theme.closing-interval:1m}")
	void closeDueThemes() {
		int closed = this.themes.closeDue();
		if (closed > 0) {
			log.info("Closed {} theme(s) whose call deadline passed", closed);
		}
	}

}
