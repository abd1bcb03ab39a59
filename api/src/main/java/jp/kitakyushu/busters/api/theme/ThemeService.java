package jp.kitakyushu.busters.api.theme;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Everything that happens to themes, and reading them under the visibility rules (drafts
 * are for staff; every other state is public).
 */
@Service
public class ThemeService {

	/** GraphQL type name, for global ids and the audit trail. */
	public static final String TYPE = "Theme";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final AuditLog audit;

	ThemeService(MongoTemplate mongo, Clock clock, AuditLog audit) {
		this.mongo = mongo;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Marks a closed theme as awarded; called by the proposal module when it selects a
	 * proposal. Already awarded themes stay as they are.
	 */
	public Theme markAwarded(String themeId) {
		Theme theme = findById(themeId).orElseThrow(() -> new UserErrorException(
				UserError.general(UserErrorCode.NOT_FOUND, "The proposal's theme no longer exists.")));
		ThemeStatus now = theme.statusAt(this.clock.instant());
		if (now == ThemeStatus.AWARDED) {
			return theme;
		}
		if (now != ThemeStatus.CLOSED) {
			throw new UserErrorException(UserError.general(UserErrorCode.WRONG_STATE,
					"Proposals are selected after the theme closes; this theme is " + now + "."));
		}
		ThemeStatus before = theme.getStatus();
		theme.setStatus(ThemeStatus.AWARDED);
		Theme saved = this.mongo.save(theme);
		this.audit.record("theme.award", TYPE, saved.getId(),
				Map.of("status", AuditLog.from(before, ThemeStatus.AWARDED)));
		return saved;
	}

	/**
	 * A theme by store id, whatever its state and whoever asks (for other modules'
	 * checks).
	 */
	public Optional<Theme> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Theme.class));
	}

	/** The themes among {@code ids} the current caller may see, keyed by id. */
	public Map<String, Theme> findVisible(Collection<String> ids) {
		boolean staff = Viewer.current().map((viewer) -> viewer.has(Role.STAFF)).orElse(false);
		Map<String, Theme> visible = new LinkedHashMap<>();
		for (Theme theme : this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Theme.class)) {
			if (staff || theme.getStatus() != ThemeStatus.DRAFT) {
				visible.put(theme.getId(), theme);
			}
		}
		return visible;
	}

	/** Whether proposals may be submitted to this theme now. */
	public boolean acceptsProposalsNow(Theme theme) {
		return theme.acceptsProposalsAt(this.clock.instant());
	}

}
