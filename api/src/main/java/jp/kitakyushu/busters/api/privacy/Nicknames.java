package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the nicknames people go by, a short name and ちゃん (やまちゃん, ケンちゃん, 健ちゃん), as one
 * name with its ちゃん, unless a pet or a shop is meant, the post talks of an animal, or the
 * word is a relative's (おばあちゃん, 赤ちゃん).
 */
final class Nicknames {

	/** A short word, then ちゃん, then nothing that makes ちゃん start a word (ちゃんぽん). */
	private static final Pattern NICKNAME = Pattern
		.compile("(?<![ぁ-ゖァ-ヺー一-龯々])(?<v>(?<w>[ぁ-ゖ]{1,4}|[ァ-ヺー]{1,5}|[一-龯々]{1,2})"
				+ " ?ちゃん)(?![ぁ-ゖ&&[^とがはのにをもへやでこ]]|こ鍋|こ料理)");

	/** Relatives, babies and animals called with ちゃん: no one's name. */
	private static final Set<String> NOT_NAMES = Set.of("おばあ", "ばあ", "おじい", "じい", "おかあ", "かあ", "おとう", "とう", "にい", "ねえ",
			"おにい", "おねえ", "あか", "赤", "坊", "嬢", "お姉", "お兄", "姉", "兄", "母", "父", "祖母", "祖父", "婆", "爺", "お婆", "お爺", "ママ",
			"パパ", "みな", "お母", "お父", "孫", "娘", "妹", "弟", "わん", "ワン", "にゃん", "ニャン", "ねこ", "ネコ", "猫", "犬", "いぬ", "イヌ",
			"うさ", "お嬢", "ぼっ", "おっ", "じー", "ばー", "ちび", "チビ", "赤子", "子", "お子", "息子", "女の子", "男の子", "ワンコ", "わんこ", "ニャンコ",
			"にゃんこ", "みんな", "ちっ", "ひよこ", "お孫", "姪", "甥", "おばちゃ", "おば", "おじ", "オバ", "オジ", "だれ", "誰", "あの", "この", "その");

	/** A pet or a shop around the word: 「マルちゃん」（柴犬）, 飼い, ラーメン「…ちゃん」. */
	private static final Pattern PET_OR_SHOP_AROUND = Pattern
		.compile("^」?[(（][^)）]{0,14}(?:犬|猫|レトリバー|プードル|ダックス|チワワ|テリア|コーギー|ポメラニアン|シーズー|マルチーズ|ビーグル|パグ|インコ|"
				+ "ハムスター|ウサギ|うさぎ|柴|歳の|才の)|^」?(?:という|って)?(?:犬|猫|ワンちゃん|わんちゃん|ねこ|いぬ|店|ラーメン|食堂|屋|の店|が吠え|の散歩|の鳴き声)"
				+ "|^」?(?:という|って)[^。、\\n]{0,4}(?:犬|猫|ワンちゃん|わんちゃん|インコ)");

	private static final Pattern PET_POST = Pattern
		.compile("犬|猫|ペット|飼い|インコ|ハムスター|うさぎ|ウサギ|小鳥|わんちゃん|ワンちゃん|にゃんこ|ネコ|イヌ|いぬ|ねこ");

	private static final Pattern SHOP_BEFORE = Pattern.compile("(?:店|屋|食堂|ラーメン|居酒屋|スナック|カフェ|バー|犬|猫|ペット)[のはが]?「?$");

	private Nicknames() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (!folded.contains("ちゃん")) {
			return;
		}
		// In a post about an animal, a name with ちゃん is most often the animal's.
		if (PET_POST.matcher(folded).find()) {
			return;
		}
		List<Finding> added = new ArrayList<>();
		Matcher nickname = NICKNAME.matcher(folded);
		while (nickname.find()) {
			String word = nickname.group("w");
			if (NOT_NAMES.contains(word) || NameLexicon.isHiraganaGeneric(word) || NameLexicon.isKatakanaGeneric(word)
					|| PetNames.isAnimal(word)) {
				continue;
			}
			if (folded.startsWith("と", nickname.end()) && !knownName(word)) {
				// ちゃんと is also "properly": only a known name before it is a nickname.
				continue;
			}
			Finding finding = Found.value(PersonalDataKind.PERSON_NAME, nickname);
			String before = folded.substring(Math.max(0, finding.start() - 8), finding.start());
			if (PetNames.isPet(folded,
					new Finding(PersonalDataKind.PERSON_NAME, nickname.start("w"), nickname.end("w")))
					|| PET_OR_SHOP_AROUND.matcher(folded).region(finding.end(), folded.length()).lookingAt()
					|| SHOP_BEFORE.matcher(before).find()) {
				continue;
			}
			added.add(finding);
		}
		candidates.addAll(added);
	}

	/**
	 * Drops a name found before ちゃん where the ちゃん names a pet shown by its breed or kind
	 * right after: 「マルちゃん」（ゴールデンレトリバー）; a person's ちゃん in a post that mentions an animal
	 * (りさちゃんママ, beside a stray dog) stays found.
	 */
	static void removePets(String folded, List<Finding> candidates) {
		if (!folded.contains("ちゃん")) {
			return;
		}
		candidates.removeIf(
				(finding) -> finding.kind() == PersonalDataKind.PERSON_NAME && folded.startsWith("ちゃん", finding.end())
						&& PET_OR_SHOP_AROUND.matcher(folded).region(finding.end() + 3, folded.length()).lookingAt());
	}

	private static boolean knownName(String word) {
		return JapaneseNames.GIVEN_NAMES.contains(word) || JapaneseNames.SURNAMES.contains(word)
				|| JapaneseNames.KANA_GIVEN_NAMES.contains(word) || DictionaryNames.kanaGivenName(word)
				|| DictionaryNames.kanaSurname(word);
	}

}
