package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps a town written after its ward and before its 丁目 (門司区 社ノ木 一丁目) from being taken
 * for a person's name: it names a district anyone may name, not a house.
 */
final class TownsBeforeChome {

	private static final Pattern WARD_BEFORE = Pattern.compile("(?:区|市) ?$");

	private static final Pattern CHOME_AFTER = Pattern.compile("^ ?[0-9一二三四五六七八九十]{1,2}(?:丁目|ちょうめ)");

	private static final Pattern CHOME_INSIDE = Pattern.compile("[0-9一二三四五六七八九十]{1,2}(?:丁目|ちょうめ)$");

	private TownsBeforeChome() {
	}

	static void remove(String folded, List<Finding> candidates) {
		candidates.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME
				&& WARD_BEFORE.matcher(folded.substring(Math.max(0, finding.start() - 3), finding.start())).find()
				&& (CHOME_INSIDE.matcher(folded.substring(finding.start(), finding.end())).find()
						|| CHOME_AFTER.matcher(folded.substring(finding.end())).find()));
	}

}
