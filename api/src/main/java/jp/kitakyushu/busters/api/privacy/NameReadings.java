package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the reading written in brackets after a name (松田（まつだ）, 颯真（そうま）): it spells the
 * same name, so it is found with the name's confidence.
 */
final class NameReadings {

	private static final Pattern READING = Pattern.compile(" ?\\( ?(?<v>[ぁ-ゖァ-ヺー]{1,12}(?: [ぁ-ゖァ-ヺー]{1,12})?) ?\\)");

	private NameReadings() {
	}

	static void addReadings(String folded, List<Finding> candidates) {
		if (folded.indexOf('(') < 0) {
			return;
		}
		List<Finding> readings = new ArrayList<>();
		for (Finding name : candidates) {
			if (name.kind() != PersonalDataKind.PERSON_NAME || name.end() >= folded.length()) {
				continue;
			}
			Matcher matcher = READING.matcher(folded).region(name.end(), folded.length());
			if (matcher.lookingAt()) {
				readings.add(Found.value(PersonalDataKind.PERSON_NAME, matcher, name.confidence()));
			}
		}
		candidates.addAll(readings);
	}

}
