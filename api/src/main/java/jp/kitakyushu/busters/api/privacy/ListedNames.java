package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names listed with a found name when the list says it counts people
 * (ひろこ、大和、結菜の三人で…, 花子・健太たちが…), and the children listed in brackets after a word for them
 * (子ども二人（そうた・みお）, 孫（はると、ゆい）): a list of people is a list of names, so every item of it is
 * one, whole.
 */
final class ListedNames {

	/** One item of a Japanese list: a short word of kanji or kana. */
	private static final String ITEM = "[一-龯々ぁ-ゖァ-ヺー]{1,5}";

	private static final String SEP = "[、,・]";

	/** A list ending in a count of people or a plural: の三人, たち, ら. */
	private static final Pattern COUNTED = Pattern
		.compile("(?<![一-龯々ぁ-ゖァ-ヺー])(?<list>" + ITEM + "(?:" + SEP + ITEM + ")+?)(?:の[二三四五六2-6２-６]人|たち|ら[がでと])");

	/** Children or grandchildren listed in brackets after the word for them. */
	private static final Pattern BRACKETED = Pattern
		.compile("(?:子ども|子供|こども|子|孫|娘|息子|兄弟|姉妹)(?:[二三四2-4２-４]人)?[（(](?<list>" + ITEM + "(?:" + SEP + ITEM + ")+)[）)]");

	private static final Pattern SPLIT = Pattern.compile(SEP);

	/** Words for family members and the writer, which a list of people may hold. */
	private static final List<String> NOT_NAMES = List.of("私", "わたし", "僕", "ぼく", "父", "母", "兄", "姉", "弟", "妹", "夫", "妻",
			"主人", "息子", "娘", "祖父", "祖母", "孫", "家族", "友達", "友人", "子ども", "先生");

	private ListedNames() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (folded.indexOf('、') < 0 && folded.indexOf('・') < 0 && folded.indexOf(',') < 0) {
			return;
		}
		List<Finding> added = new ArrayList<>();
		// Cheap gates first: the patterns need a count of people, a plural or a bracket.
		if (folded.indexOf('人') >= 0 || folded.contains("たち") || folded.indexOf('ら') >= 0) {
			Matcher counted = COUNTED.matcher(folded);
			while (counted.find()) {
				if (holdsName(candidates, counted.start("list"), counted.end("list"))) {
					addItems(folded, counted.start("list"), counted.end("list"), added);
				}
			}
		}
		if (folded.indexOf('（') >= 0 || folded.indexOf('(') >= 0) {
			Matcher bracketed = BRACKETED.matcher(folded);
			while (bracketed.find()) {
				addItems(folded, bracketed.start("list"), bracketed.end("list"), added);
			}
		}
		candidates.addAll(added);
	}

	private static boolean holdsName(List<Finding> candidates, int start, int end) {
		for (Finding finding : candidates) {
			if (finding.kind() == PersonalDataKind.PERSON_NAME && finding.start() < end && finding.end() > start) {
				return true;
			}
		}
		return false;
	}

	private static void addItems(String folded, int start, int end, List<Finding> out) {
		Matcher sep = SPLIT.matcher(folded).region(start, end);
		int from = start;
		while (from < end) {
			int to = sep.find() ? sep.start() : end;
			String item = folded.substring(from, to);
			if (!NOT_NAMES.contains(item)) {
				out.add(new Finding(PersonalDataKind.PERSON_NAME, from, to));
			}
			from = to + 1;
		}
	}

}
