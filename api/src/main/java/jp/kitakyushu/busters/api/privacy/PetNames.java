package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a pet's name from a person's: 猫のタマちゃん, 柴犬のコタロウくん, "our dog Max", "Bella, our
 * golden retriever". A pet's name identifies nobody and makes a lost-pet post useless
 * when hidden.
 */
final class PetNames {

	/** Animal words that come right before a pet's name, with の or a space. */
	private static final List<String> ANIMALS_BEFORE = List.of("犬", "猫", "イヌ", "ネコ", "いぬ", "ねこ", "鳥", "魚", "ペット", "インコ",
			"オウム", "ハムスター", "うさぎ", "ウサギ", "ハト", "鳩", "カメ", "亀", "プードル", "チワワ", "ダックス", "ダックスフンド", "ポメラニアン", "シーズー",
			"フェレット", "モルモット", "リス", "文鳥", "金魚", "メダカ", "ワンちゃん", "わんちゃん", "ワンコ", "わんこ", "ねこちゃん", "猫ちゃん", "にゃんこ", "dog",
			"cat", "puppy", "kitten", "pet", "parrot", "rabbit", "bunny", "hamster", "budgie", "bird", "tortoise",
			"turtle", "pony", "horse", "poodle", "beagle", "terrier", "retriever", "spaniel", "labrador", "collie",
			"shiba", "dachshund", "chihuahua", "pug", "ferret", "guinea pig", "goldfish");

	/** ", our golden retriever" or ", my neighbour's poodle" right after the name. */
	private static final Pattern ANIMAL_AFTER = Pattern
		.compile(",? (?i:our|my|a|an|the|her|his|their)(?: [\\w'\\-]+){0,2}? "
				+ "(?i:dog|cat|puppy|kitten|pet|parrot|rabbit|hamster|budgie|bird|tortoise|pony|horse|poodle|beagle|terrier"
				+ "|retriever|spaniel|labrador|collie|shiba|dachshund|chihuahua|pug|corgi|husky|schnauzer|pomeranian|bulldog|maltese"
				+ "|mutt|tabby|kitty|cockatiel|canary|guinea pig)\\b");

	private static final int REACH = 40;

	/** Animals in kana that also end surnames (カネコ, かねこ, ミネコ). */
	private static final Set<String> SURNAME_ENDINGS = Set.of("ネコ", "ねこ", "イヌ", "いぬ");

	/** Words of a post about a pet, anywhere in it. */
	private static final List<String> PET_TALK = List.of("犬", "猫", "ペット", "ドッグ", "首輪", "インコ", "ハムスター", "うさぎ", "ウサギ",
			"ワンちゃん", "わんちゃん", "にゃん", "金魚", "文鳥", "獣医", "動物病院", "トリミング", "しっぽ", "尻尾", "の散歩");

	/** 名前はトラ: what a pet is called, in kana, in a post about a pet. */
	private static final Pattern NAMED_CUE = Pattern.compile("(?:名前は|なまえは)「?$");

	/**
	 * うちのコタロウ: a pet of the house, in katakana; a child of the house is mostly written in
	 * hiragana or kanji (うちのゆうとが犬に…), and a listed foreign name stays a person.
	 */
	private static final Pattern OURS_CUE = Pattern.compile("うちの(?:子の)?「?$");

	/** 犬の名前「マイケル」, 犬の名前：モモ: the animal's name after its label. */
	private static final Pattern ANIMAL_NAME_LABEL = Pattern
		.compile("(?:犬|猫|イヌ|ネコ|いぬ|ねこ|ペット|インコ|うさぎ|ウサギ|ハムスター)の(?:名前|なまえ)(?:は|[:：])? ?[「『]?$");

	/** 「さちこ」という名前の猫: the name, then the animal it names. */
	private static final Pattern NAME_OF_ANIMAL = Pattern
		.compile("[」』]?(?:という|って(?:いう)?)(?:名前|なまえ)の(?:犬|猫|イヌ|ネコ|いぬ|ねこ|ペット|インコ|うさぎ|ウサギ|ハムスター|子猫|子犬)");

	/** Our cat "Mr. Whiskers": a title inside the quotes after the animal. */
	private static final Pattern TITLED_PET = Pattern.compile(
			"(?i:dog|cat|puppy|kitten|pet|parrot|rabbit|hamster|bird|tortoise) [\"“](?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Captain|Professor)\\.? $");

	private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}ー]+");

	private static final Pattern KATAKANA = Pattern.compile("[\\p{IsKatakana}ー]+");

	private PetNames() {
	}

	static boolean isPet(String folded, Finding finding) {
		int before = finding.start();
		// 猫の「タロウ」: the name in quotes after its animal.
		if (before > 1 && "「『\"“".indexOf(folded.charAt(before - 1)) >= 0) {
			before--;
		}
		// 犬の, 犬・, 犬 and 犬(ハナちゃん): the animal, then its name.
		if (before > 0 && "の・ 、(（".indexOf(folded.charAt(before - 1)) >= 0) {
			before--;
		}
		for (String animal : ANIMALS_BEFORE) {
			if (before >= animal.length()
					&& folded.regionMatches(true, before - animal.length(), animal, 0, animal.length())
					&& !kanaWordEnd(folded, before - animal.length(), animal)) {
				return true;
			}
		}
		if (kanaNameInPetPost(folded, finding) || labelledOrNamedAnimal(folded, finding)) {
			return true;
		}
		int after = finding.end();
		return after < folded.length() && (folded.charAt(after) == ',' || folded.charAt(after) == ' ')
				&& ANIMAL_AFTER.matcher(folded).region(after, Math.min(folded.length(), after + REACH)).lookingAt();
	}

	/**
	 * カネコ or かねこ, surnames, end in ネコ or ねこ: an animal in kana counts only as a word of
	 * its own, not after a kana of its own script other than a particle (うちのねこ).
	 */
	private static boolean kanaWordEnd(String folded, int at, String animal) {
		if (at == 0 || !SURNAME_ENDINGS.contains(animal)) {
			return false;
		}
		char first = animal.charAt(0);
		char previous = folded.charAt(at - 1);
		boolean hiragana = first >= 'ぁ' && first <= 'ゖ';
		boolean katakana = first >= 'ァ' && first <= 'ヺ';
		if (hiragana) {
			return previous >= 'ぁ' && previous <= 'ゖ' && "のがはもとをにで".indexOf(previous) < 0;
		}
		return katakana && previous >= 'ァ' && previous <= 'ヺ';
	}

	private static boolean kanaNameInPetPost(String folded, Finding finding) {
		String name = finding.in(folded);
		int from = Math.max(0, finding.start() - 5);
		boolean named = KANA.matcher(name).matches() && NAMED_CUE.matcher(folded).region(from, finding.start()).find();
		boolean ours = KATAKANA.matcher(name).matches() && !LatinNames.KATAKANA_NAMES.contains(name)
				&& OURS_CUE.matcher(folded).region(from, finding.start()).find();
		if (!named && !ours) {
			return false;
		}
		return PET_TALK.stream().anyMatch(folded::contains);
	}

	private static boolean labelledOrNamedAnimal(String folded, Finding finding) {
		int from = Math.max(0, finding.start() - 16);
		return ANIMAL_NAME_LABEL.matcher(folded).region(from, finding.start()).find()
				|| NAME_OF_ANIMAL.matcher(folded).region(finding.end(), folded.length()).lookingAt()
				|| TITLED_PET.matcher(folded).region(from, finding.start()).find();
	}

	/** Whether a post talks of a pet anywhere in it. */
	static boolean petPost(String folded) {
		return PET_TALK.stream().anyMatch(folded::contains);
	}

	/** Whether a word names a kind of animal (トイプードル, 柴犬, 金魚). */
	static boolean isAnimal(String word) {
		for (String animal : ANIMALS_BEFORE) {
			if (word.endsWith(animal)) {
				return true;
			}
		}
		return false;
	}

	/** Drops the person names that are pets' names. */
	static void removePets(String folded, List<Finding> candidates) {
		candidates.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME && isPet(folded, finding));
	}

}
