package jp.kitakyushu.busters.api.mail;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of every mail, in Japanese or English, from
 * {@code mail/messages*.properties}. Only public text goes into a mail (a problem's title
 * as the public reads it), and a link back to the site; the mail never carries what only
 * its reader may see.
 */
@Component
class MailTexts {

	static final String SENDER_NAME = "北九州課題快傑バスターズ";

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	private final MailProperties properties;

	MailTexts(MailProperties properties) {
		this.properties = properties;
		this.messages.setBasename("mail/messages");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
	}

	/**
	 * The mail about one of the reader's problems.
	 * @param topic e.g. {@code PUBLISHED}
	 * @param language {@code ja} or {@code en}
	 * @param publicTitle the problem's title as the public reads it
	 * @param problemGlobalId the problem's global id, for the link
	 */
	Mail aboutProblem(String topic, String language, String publicTitle, String problemGlobalId) {
		Locale locale = Locale.forLanguageTag(language);
		String web = this.properties.webUrl().replaceAll("/+$", "");
		Object[] args = { publicTitle, web + "/my/problems/" + problemGlobalId, web + "/my/account" };
		String subject = this.messages.getMessage("mail.problem." + topic + ".subject", args, locale);
		String text = this.messages.getMessage("mail.problem." + topic + ".text", args, locale) + "\n\n"
				+ this.messages.getMessage("mail.footer", args, locale);
		return new Mail(subject, text);
	}

	/**
	 * A mail's subject and plain text.
	 *
	 * @param subject the subject line
	 * @param text the body
	 */
	record Mail(String subject, String text) {
	}

}
