package jp.kitakyushu.busters.api.theme;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Stores themes in any state for tests of the modules that build on themes, without going
 * through the theme mutations.
 */
public final class ThemeFixtures {

	/** The budget cap of fixture themes: 5,000,000 yen. */
	public static final long CAP = 5_000_000;

	/** The criteria of fixture themes: weights 3, 2 and 1. */
	public static final List<Criterion> CRITERIA = List.of(new Criterion("実現可能性", 3, "Feasibility"),
			new Criterion("効果", 2, "Impact"), new Criterion("費用対効果", 1, "Value for money"));

	private final MongoTemplate mongo;

	public ThemeFixtures(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** A theme open for proposals now. */
	public Theme open() {
		Instant now = Instant.now();
		return save(ThemeStatus.OPEN, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
	}

	/** A theme that is OPEN but whose call window starts tomorrow. */
	public Theme openingLater() {
		Instant now = Instant.now();
		return save(ThemeStatus.OPEN, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
	}

	/** A theme still stored as OPEN whose deadline has just passed. */
	public Theme pastDeadline() {
		Instant now = Instant.now();
		return save(ThemeStatus.OPEN, now.minus(Duration.ofDays(30)), now.minus(Duration.ofSeconds(1)));
	}

	/** A theme in the given stored state with a past window. */
	public Theme inState(ThemeStatus status) {
		Instant now = Instant.now();
		return save(status, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)));
	}

	/** Moves a stored theme's deadline into the past, as if time had passed. */
	public Theme close(Theme theme) {
		Instant now = Instant.now();
		theme.setCallWindow(theme.getOpensAt(), now.minus(Duration.ofSeconds(1)));
		return this.mongo.save(theme);
	}

	/** Re-reads a theme from the store. */
	public Theme reload(Theme theme) {
		return this.mongo.findById(theme.getId(), Theme.class);
	}

	private Theme save(ThemeStatus status, Instant opensAt, Instant closesAt) {
		Theme theme = new Theme("高齢者のごみ出し支援", "ごみ出しが難しい高齢者を地域で支える仕組み", "ELDERLY", "staff-1");
		theme.setBudgetCap(CAP);
		theme.setCriteria(CRITERIA);
		theme.setCallWindow(opensAt, closesAt);
		theme.setStatus(status);
		return this.mongo.save(theme);
	}

}
