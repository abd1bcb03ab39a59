package jp.kitakyushu.busters.search.analysis;

import java.util.Random;

/**
 * Random strings from the scripts and oddities user text contains: Latin, digits, kana,
 * kanji, half- and full-width forms, combining marks, emoji (surrogate pairs), controls
 * and spaces.
 */
public final class RandomText {

	private static final int[][] RANGES = { { 0x20, 0x7e }, { 0x3040, 0x309f }, { 0x30a0, 0x30ff }, { 0x4e00, 0x4fff },
			{ 0xff01, 0xff9f }, { 0x0300, 0x036f }, { 0x1f600, 0x1f64f }, { 0x00, 0x1f }, { 0x3000, 0x303f },
			{ 0xac00, 0xac40 }, { 0x0400, 0x04ff } };

	private RandomText() {
	}

	/**
	 * A random string of about the given number of code points.
	 * @param random the source of randomness
	 * @param length code points
	 * @return the string
	 */
	public static String next(Random random, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int[] range = RANGES[random.nextInt(RANGES.length)];
			text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
		}
		return text.toString();
	}

}
