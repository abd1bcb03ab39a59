package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops names that are a shop holding an account in katakana (ヒラノ ショウテン, …コウギョウ), and a
 * word paired by と with a place as the other end of a stretch (…と朽網の間), and the pets of
 * the house named in a pair (うちのレオとマロンを) in a post about pets.
 */
final class ShopHoldersAndPlacePairs {

	/** A katakana holder whose last word says it is a business. */
	private static final Pattern SHOP_HOLDER = Pattern.compile("[ァ-ヺー]{1,10}[ ]?(?:[ァ-ヺー]{1,10}[ ]?)?(?:"
			+ "ショウテン|シヨウテン|ショウカイ|シヨウカイ|コウギョウ|コウギヨウ|ケンセツ|カブシキガイシャ|カブシキガイシヤ|カ\\)|\\(カ"
			+ "|ユウゲンガイシャ|ユウゲンガイシヤ|\\(ユ|ジムショ|ジムシヨ|サンギョウ|サンギヨウ|ショクヒン|シヨクヒン|ヤッキョク|ヤツキヨク"
			+ "|セイサクショ|セイサクシヨ|ホンポ|ホンテン|ショウジ|シヨウジ)(?![ァ-ヺー])");

	/** A word, と, and a place closing a stretch between the two. */
	private static final Pattern PAIRED = Pattern.compile("\\Gと(?<v>[一-龯々ヶ]{1,5}|[ァ-ヺー]{2,8})(?:駅|バス停)?の(?:間|あいだ|境)");

	private static final Pattern PLACE_FIRST = Pattern.compile("(?<![一-龯々ヶ])(?<v>[一-龯々ヶ]{1,5})(?:駅|バス停)?と$");

	private static final Pattern END_OF_STRETCH = Pattern.compile("\\G(?:駅|バス停)?の(?:間|あいだ|境)");

	/** The house's pets in a pair, as what the writer walks or lets run. */
	private static final Pattern PET_PAIR = Pattern
		.compile("うちの(?<a>[ァ-ヺー]{2,6})(?:ちゃん)?と(?<b>[ァ-ヺー]{2,6})(?:ちゃん)?(?:を|の)");

	private ShopHoldersAndPlacePairs() {
	}

	static void remove(String folded, List<Finding> candidates) {
		if (!TextFold.isJapanese(folded)) {
			return;
		}
		if (folded.contains("ショウ") || folded.contains("シヨウ") || folded.contains("コウギ") || folded.contains("カ)")
				|| folded.contains("(カ") || folded.contains("(ユ") || folded.contains("ケンセツ") || folded.contains("ジムシ")
				|| folded.contains("サンギ") || folded.contains("ヤッキ") || folded.contains("ヤツキ")
				|| folded.contains("ホン")) {
			Matcher shop = SHOP_HOLDER.matcher(folded);
			while (shop.find()) {
				int start = shop.start();
				int end = shop.end();
				candidates.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME
						&& finding.start() >= start && finding.end() <= end);
			}
		}
		if (folded.contains("うちの") && PetNames.petPost(folded)) {
			petPairs(folded, candidates);
		}
		if (folded.contains("間") || folded.contains("あいだ") || folded.contains("境")) {
			candidates.removeIf(
					(finding) -> finding.kind() == PersonalDataKind.PERSON_NAME && pairedWithPlace(folded, finding));
		}
	}

	private static void petPairs(String folded, List<Finding> candidates) {
		Matcher pair = PET_PAIR.matcher(folded);
		while (pair.find()) {
			int start = pair.start("a");
			int end = pair.end("b");
			candidates.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME && finding.start() >= start
					&& finding.end() <= end);
		}
	}

	private static boolean pairedWithPlace(String folded, Finding finding) {
		Matcher paired = PAIRED.matcher(folded).region(finding.end(), folded.length());
		if (paired.lookingAt()) {
			return place(paired.group("v"));
		}
		// 大里と…の間: the place first, the word after it.
		Matcher first = PLACE_FIRST.matcher(folded).region(Math.max(0, finding.start() - 9), finding.start());
		return first.find() && END_OF_STRETCH.matcher(folded).region(finding.end(), folded.length()).lookingAt()
				&& place(first.group("v"));
	}

	private static boolean place(String other) {
		if (Places.JAPANESE.contains(other)) {
			return true;
		}
		List<Morphology.Token> tokens = Morphology.tokens(other);
		return !tokens.isEmpty() && tokens.stream().allMatch(Morphology.Token::taggedPlace);
	}

}
