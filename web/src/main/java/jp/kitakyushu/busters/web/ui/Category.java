package jp.kitakyushu.busters.web.ui;

/**
 * A category as the api names it in both languages; {@link Formats#category} picks the
 * page's.
 *
 * @param code the code sent in inputs and filters, e.g. ELDERLY
 * @param nameJa the Japanese name
 * @param nameEn the English name
 */
public record Category(String code, String nameJa, String nameEn) {
}
