package jp.kitakyushu.busters.web.ui;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Kitakyushu's seven wards and the whole city, as the api's {@code Ward} enum names them,
 * in the order the city lists them. Names come from the messages ({@code ward.<CODE>}).
 */
@Component
public class Wards {

	/** The codes the api accepts. */
	public static final List<String> CODES = List.of("MOJI", "KOKURA_KITA", "KOKURA_MINAMI", "WAKAMATSU",
			"YAHATA_HIGASHI", "YAHATA_NISHI", "TOBATA", "CITYWIDE");

	private final MessageSource messages;

	Wards(MessageSource messages) {
		this.messages = messages;
	}

	/** Whether the api knows this ward. */
	public static boolean isKnown(String code) {
		return CODES.contains(code);
	}

	/** The wards as choices of a select, named in the page's language. */
	public List<Option> options() {
		return CODES.stream()
			.map((code) -> new Option(code,
					this.messages.getMessage("ward." + code, null, code, LocaleContextHolder.getLocale())))
			.toList();
	}

}
