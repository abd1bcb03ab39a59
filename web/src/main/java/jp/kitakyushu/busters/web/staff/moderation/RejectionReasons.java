package jp.kitakyushu.busters.web.staff.moderation;

import java.util.List;
import java.util.Optional;

import jp.kitakyushu.busters.web.ui.Option;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The ready reasons for not publishing a problem, worded in the message files so a
 * citizen reads a clear, polite reason; staff may edit one before sending.
 */
@Component
class RejectionReasons {

	static final List<String> KEYS = List.of("abuse", "outOfScope", "vague", "urgent", "personal");

	private final MessageSource messages;

	RejectionReasons(MessageSource messages) {
		this.messages = messages;
	}

	/** The ready reasons: key and words. */
	List<Option> all() {
		return KEYS.stream().map((key) -> new Option(key, words(key))).toList();
	}

	/** The words of a ready reason, if the key is one. */
	Optional<String> find(String key) {
		return KEYS.contains(key) ? Optional.of(words(key)) : Optional.empty();
	}

	private String words(String key) {
		return this.messages.getMessage("staff.reject.preset." + key, null, LocaleContextHolder.getLocale());
	}

}
