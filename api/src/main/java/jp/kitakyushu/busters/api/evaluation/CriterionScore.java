package jp.kitakyushu.busters.api.evaluation;

/**
 * The score one reviewer gave one criterion, with the criterion's weight at the time, so
 * a later change to the theme's criteria does not rewrite past evaluations.
 *
 * @param criterion the criterion's name
 * @param weight its weight when the score was given
 * @param score from 0 to 5
 * @param comment why
 */
public record CriterionScore(String criterion, int weight, int score, String comment) {
}
