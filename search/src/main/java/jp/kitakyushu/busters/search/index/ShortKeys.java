package jp.kitakyushu.busters.search.index;

import java.nio.charset.StandardCharsets;

/**
 * A sort key's first {@link #BYTES} UTF-8 bytes as {@link #PARTS} numbers that compare as
 * those bytes do: a list ordered by them is ordered as by the key itself when keys are no
 * longer (a store id is 24 characters), and comparing numbers costs a fraction of
 * comparing the key's bytes, which Lucene copies out of its terms dictionary for every
 * document that may enter a page.
 */
public final class ShortKeys {

	/** How many numbers hold a key. */
	public static final int PARTS = 3;

	/** How many of a key's bytes the numbers hold. */
	public static final int BYTES = PARTS * Long.BYTES;

	private ShortKeys() {
	}

	/**
	 * The key's numbers: its bytes eight at a time, big-endian and padded with zeros,
	 * with the sign bit flipped so that signed comparison orders them as unsigned bytes.
	 * @param key the key
	 * @return {@link #PARTS} numbers, first first
	 */
	public static long[] parts(String key) {
		byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
		long[] parts = new long[PARTS];
		for (int part = 0; part < PARTS; part++) {
			long value = 0;
			for (int i = 0; i < Long.BYTES; i++) {
				int at = part * Long.BYTES + i;
				value = (value << 8) | ((at < bytes.length) ? (bytes[at] & 0xFF) : 0);
			}
			parts[part] = value ^ Long.MIN_VALUE;
		}
		return parts;
	}

}
