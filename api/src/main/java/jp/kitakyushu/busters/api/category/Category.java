package jp.kitakyushu.busters.api.category;

/**
 * A problem category from the configured list.
 *
 * @param code the stable code clients send, e.g. {@code ELDERLY}
 * @param nameJa the Japanese name, e.g. 高齢者・福祉
 * @param nameEn the English name
 */
public record Category(String code, String nameJa, String nameEn) {
}
