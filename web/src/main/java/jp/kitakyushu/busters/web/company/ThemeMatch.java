package jp.kitakyushu.busters.web.company;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jp.kitakyushu.busters.web.ui.Category;
import jp.kitakyushu.busters.web.ui.Highlighted;
import org.jspecify.annotations.Nullable;

/**
 * A theme the api matched with a text (a company's capabilities, a proposal being
 * written): how well, on which terms, and the passages that show why.
 *
 * @param score how well it fits; higher is better
 * @param terms the terms that contributed most
 * @param passages passages with those terms marked
 * @param node the theme
 */
public record ThemeMatch(double score, List<Term> terms, List<Highlighted> passages, MatchedTheme node) {

	/** How many terms a page shows. */
	static final int TERMS_SHOWN = 6;

	/** Only themes that take proposals now are worth proposing to. */
	public boolean open() {
		return "OPEN".equals(this.node.status()) && this.node.acceptingProposals();
	}

	/**
	 * The strongest terms first, a handful; single characters and bare numbers (a "6"
	 * from "6言語") say nothing to a reader and are left out.
	 */
	public List<Term> topTerms() {
		return this.terms.stream()
			.filter((term) -> term.term().codePointCount(0, term.term().length()) > 1)
			.filter((term) -> !term.term().chars().allMatch(Character::isDigit))
			.sorted(Comparator.comparingDouble(Term::contribution).reversed())
			.limit(TERMS_SHOWN)
			.toList();
	}

	/**
	 * The passages as a reader sees them: marks on single characters dropped, as
	 * {@link #topTerms()} drops such terms.
	 */
	public List<Highlighted> shownPassages() {
		return this.passages.stream().map((passage) -> passage.withoutMarksShorterThan(2)).toList();
	}

	/**
	 * Whether the match shows no word that explains it (no term worth showing, no marked
	 * passage): then the page says plainly that it came up on the whole text, through the
	 * citizens' problems the theme was built from.
	 */
	public boolean withoutWords() {
		return topTerms().isEmpty() && shownPassages().stream().noneMatch(Highlighted::marked);
	}

	/** The matches of themes that take proposals now, best first. */
	public static List<ThemeMatch> openOnly(List<ThemeMatch> matches) {
		return matches.stream()
			.filter((match) -> match.node() != null && match.node().id() != null)
			.filter(ThemeMatch::open)
			.sorted(Comparator.comparingDouble(ThemeMatch::score).reversed())
			.toList();
	}

	/**
	 * A term that made the match.
	 *
	 * @param term the term as indexed
	 * @param contribution its share of the score
	 */
	public record Term(String term, double contribution) {
	}

	/**
	 * The matched theme (null fields for a node that is not a theme).
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state
	 * @param acceptingProposals whether it takes proposals now
	 * @param budgetCap the most a proposal may request
	 * @param opensAt when its call opens
	 * @param closesAt its deadline
	 * @param category its category
	 */
	public record MatchedTheme(@Nullable String id, @Nullable String title, @Nullable String status,
			boolean acceptingProposals, @Nullable Long budgetCap, @Nullable Instant opensAt, @Nullable Instant closesAt,
			@Nullable Category category) {
	}

}
