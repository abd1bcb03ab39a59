package jp.kitakyushu.busters.api.report;

/**
 * What a row of figures stands for: a stable key and its Japanese and English names.
 *
 * @param key the stable key, e.g. {@code 2026-04}, {@code ELDERLY}, {@code MOJI}
 * @param nameJa the Japanese name
 * @param nameEn the English name
 */
record FigureLabel(String key, String nameJa, String nameEn) {
}
