package jp.kitakyushu.busters.web.staff.audit;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names actions and kinds of objects in the page's language, falling back to the api's
 * own word for one the messages do not know yet (a feature added after this page), so the
 * trail never shows a raw message key. Templates call it as
 * {@code ${@auditLabels.action('problem.publish')}}.
 */
@Component("auditLabels")
public class AuditLabels {

	private final MessageSource messages;

	AuditLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** An action's name, e.g. 公開 for problem.publish. */
	public String action(String action) {
		return this.messages.getMessage("staff.audit.action." + action.replace('.', '_'), null, action,
				LocaleContextHolder.getLocale());
	}

	/** A kind of object's name, e.g. 困りごと for Problem. */
	public String type(String type) {
		return this.messages.getMessage("staff.audit.type." + type, null, type, LocaleContextHolder.getLocale());
	}

}
