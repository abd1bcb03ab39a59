package jp.kitakyushu.busters.web.ui;

/**
 * One choice of a select or a group of radio buttons.
 *
 * @param value what the form sends
 * @param label what the person reads
 */
public record Option(String value, String label) {
}
