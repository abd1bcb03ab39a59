package jp.kitakyushu.busters.api.theme;

/**
 * One evaluation criterion of a theme.
 *
 * @param name short name, e.g. 実現可能性 (feasibility); unique within the theme
 * @param weight relative weight, a positive integer
 * @param description what reviewers should look for
 */
public record Criterion(String name, int weight, String description) {
}
