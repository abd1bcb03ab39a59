package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes Japanese addresses at their edges: a match that starts at 丁目 or 番 takes the
 * number and the town before it (黒崎3丁目…, 6丁目3番12号), and one that ends at a house or flat
 * number takes a building and its flat or floor written after a space (… グランドール片野 6階, …
 * コスモ陣原1005, … ロイヤル真鶴 #603), also after a 丁目 without a block (二丁目 コーポ黄金 2階) and on the
 * next line (…2-5, then 西本町レジデンス 802号).
 */
final class AddressEdges {

	/**
	 * A building name of katakana, kanji or Latin letters, then its flat or floor; a
	 * number with a unit (人, 円, 時) is a quantity, and one starting with 0 a phone.
	 */
	private static final Pattern BUILDING_AFTER = Pattern.compile(
			"\\G ?(?:[\\p{IsKatakana}\\p{IsHan}ー・A-Za-z]{2,14} ?)?#?[1-9]\\d{0,3}(?:号室|号|階|F)?(?: ?[左右奥](?![\\p{IsHan}]))?"
					+ "(?![\\d\\-]|[年月日時分秒人円%歳回件個台戸万枚本名])");

	/** A building's name, then its flat or floor with its mark, alone on its line. */
	private static final Pattern FLAT_LINE = Pattern
		.compile("[\\p{IsKatakana}\\p{IsHan}ー・A-Za-z]{2,14} ?#?[1-9]\\d{0,3}(?:号室|号|階|F)(?= *(?:\\n|$))");

	private static final int TOWN_REACH = 12;

	private AddressEdges() {
	}

	/** Widens the address findings from {@code from} on. */
	static void widen(String folded, List<Finding> out, int from) {
		Matcher building = null;
		for (int i = from; i < out.size(); i++) {
			Finding finding = out.get(i);
			if (finding.kind() != PersonalDataKind.POSTAL_ADDRESS) {
				continue;
			}
			int start = finding.start();
			if (folded.startsWith("丁目", start) || folded.charAt(start) == '番') {
				start = townStart(folded, start);
			}
			int end = floorMark(folded, finding.end());
			for (int step = 0; step < 2 && end < folded.length() && folded.charAt(end) == ' '; step++) {
				if (!endsAtNumber(folded, end)) {
					break;
				}
				if (building == null) {
					building = BUILDING_AFTER.matcher(folded);
				}
				if (!building.find(end) || building.end() <= end + 1) {
					break;
				}
				end = building.end();
			}
			end = nextLineFlat(folded, end);
			if (start != finding.start() || end != finding.end()) {
				out.set(i, finding.over(start, end));
			}
		}
	}

	/**
	 * A named building with its flat on the line after an address (…3丁目2-5, then 西本町レジデンス
	 * 802号): only with a name and a flat's or floor's mark, since a line may start
	 * anything.
	 */
	private static int nextLineFlat(String folded, int end) {
		if (end + 1 >= folded.length() || folded.charAt(end) != '\n' || !endsAtNumber(folded, end)) {
			return end;
		}
		Matcher flat = FLAT_LINE.matcher(folded).region(end + 1, folded.length());
		return flat.lookingAt() ? flat.end() : end;
	}

	/** 二島ハイツ 2 + F 左: the floor's mark and the side of the floor after a number. */
	private static int floorMark(String folded, int end) {
		if (end < folded.length() && (folded.charAt(end) == 'F' || folded.charAt(end) == '階')
				&& Character.isDigit(folded.charAt(end - 1))) {
			end++;
			int side = (end + 1 < folded.length() && folded.charAt(end) == ' ') ? end + 1 : end;
			if (side < folded.length() && "左右奥".indexOf(folded.charAt(side)) >= 0
					&& (side + 1 == folded.length() || !StartSet.HAN.test(folded.charAt(side + 1)))) {
				end = side + 1;
			}
		}
		return end;
	}

	/** The start of the number before 丁目 and of the kanji town before it. */
	private static int townStart(String folded, int start) {
		int at = start;
		while (at > 0 && isNumeral(folded.charAt(at - 1))) {
			at--;
		}
		if (at == start) {
			return start;
		}
		int town = at;
		while (town > 0 && at - town < TOWN_REACH && isTownChar(folded.charAt(town - 1))) {
			town--;
		}
		return town;
	}

	private static boolean endsAtNumber(String folded, int end) {
		char last = folded.charAt(end - 1);
		if ((last == 'F' || last == '階') && end >= 2 && Character.isDigit(folded.charAt(end - 2))) {
			return true; // a floor (リバーサイド大手町 7F), whose flat may follow
		}
		return (last >= '0' && last <= '9') || last == '号' || last == '地' || last == '目';
	}

	private static boolean isNumeral(char c) {
		return (c >= '0' && c <= '9') || "一二三四五六七八九十".indexOf(c) >= 0;
	}

	private static boolean isTownChar(char c) {
		return (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == 'ヶ' || c == 'ケ' || c == 'ノ'
				|| c == '々') && c != '住' && c != '所';
	}

}
