package jp.kitakyushu.busters.search.match;

/**
 * A term that contributed to a match, with its share of the score ("why this match").
 *
 * @param term the term as indexed (base form; synonyms folded to their canonical term), a
 * katakana word with the long-vowel mark the source ends it with
 * @param contribution score contributed, comparable within one result
 */
public record MatchedTerm(String term, float contribution) {
}
