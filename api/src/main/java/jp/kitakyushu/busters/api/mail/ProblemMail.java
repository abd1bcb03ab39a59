package jp.kitakyushu.busters.api.mail;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.problem.ProblemQueries;
import jp.kitakyushu.busters.api.problem.ProblemStatus;
import jp.kitakyushu.busters.api.problem.ProblemStatusChanged;
import jp.kitakyushu.busters.api.proposal.ProposalSelected;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the mail a citizen asked for when something happens to a problem they posted:
 * published, adopted into a theme, merged, funded (a proposal answering its theme was
 * selected for a funded demonstration) or resolved. Mail goes to the outbox only; a
 * failure here is logged and never fails the write that caused it.
 */
@Component
class ProblemMail {

	private static final Logger log = LoggerFactory.getLogger(ProblemMail.class);

	/** The changes of status a submitter hears about by mail. */
	static final Set<ProblemStatus> MAILED = Set.of(ProblemStatus.PUBLISHED, ProblemStatus.ADOPTED,
			ProblemStatus.MERGED, ProblemStatus.RESOLVED);

	static final String FUNDED = "FUNDED";

	private final NotificationPreferencesService preferences;

	private final MailTexts texts;

	private final MailOutbox outbox;

	private final ThemeQueries themes;

	private final ProblemQueries problems;

	ProblemMail(NotificationPreferencesService preferences, MailTexts texts, MailOutbox outbox, ThemeQueries themes,
			ProblemQueries problems) {
		this.preferences = preferences;
		this.texts = texts;
		this.outbox = outbox;
		this.themes = themes;
		this.problems = problems;
	}

	@EventListener
	void on(ProblemStatusChanged changed) {
		if (changed.submitter() != null && MAILED.contains(changed.to())) {
			mail(changed.submitter(), changed.to().name(), changed.publicTitle(), changed.problemId());
		}
	}

	@EventListener
	void on(ProposalSelected changed) {
		try {
			Theme theme = this.themes.findVisible(List.of(changed.themeId())).get(changed.themeId());
			if (theme == null) {
				return;
			}
			Map<String, Problem> found = this.problems.findVisible(theme.getSourceProblemIds());
			for (Problem problem : found.values()) {
				if (problem.getSubmitter() != null) {
					mail(problem.getSubmitter(), FUNDED, problem.getPublicTitle(), problem.getId());
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not write the funding mail for proposal {}: {}", changed.proposalId(), ex.toString());
		}
	}

	private void mail(String subject, String topic, String publicTitle, String problemId) {
		try {
			this.preferences.find(subject)
				.filter(NotificationPreferences::canMail)
				.ifPresent((wanted) -> this.outbox.enqueue(wanted.getEmail(), this.texts.aboutProblem(topic,
						wanted.getLanguage(), publicTitle, GlobalId.encode(ProblemQueries.TYPE, problemId)),
						"problem." + topic));
		}
		catch (RuntimeException ex) {
			log.warn("Could not write the {} mail for problem {}: {}", topic, problemId, ex.toString());
		}
	}

}
