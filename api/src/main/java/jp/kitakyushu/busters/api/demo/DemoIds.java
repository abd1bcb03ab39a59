package jp.kitakyushu.busters.api.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Store ids derived from the demo files' keys, the same on every run: loading checks each
 * id and inserts only what is missing, so a rerun (or a run after a crash) adds no
 * duplicates.
 */
final class DemoIds {

	private DemoIds() {
	}

	/** The id of the demo object with this key, e.g. {@code p01}. */
	static String of(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("busters-demo:" + key).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
