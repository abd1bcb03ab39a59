package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a pet's name from a person's: 猫のタマちゃん, 柴犬のコタロウくん, "our dog Max", "Bella, our
 * golden retriever". A pet's name identifies nobody and makes a lost-pet post useless
 * when hidden.
 */
final class PetNames {

	/** An animal word right before the name, with の or a space. */
	private static final Pattern ANIMAL_BEFORE = Pattern
		.compile("(?:[犬猫鳥魚]|ペット|インコ|オウム|ハムスター|うさぎ|ウサギ|ハト|鳩|カメ|亀|プードル|チワワ|ダックス|ダックスフンド|ポメラニアン|シーズー"
				+ "|フェレット|モルモット|リス|文鳥|金魚|メダカ|(?i:dog|cat|puppy|kitten|pet|parrot|rabbit|bunny|hamster|budgie|bird"
				+ "|tortoise|turtle|pony|horse|poodle|beagle|terrier|retriever|spaniel|labrador|collie|shiba|dachshund"
				+ "|chihuahua|pug|ferret|guinea pig|goldfish))(?:の|・| |、)?$");

	/** ", our golden retriever" or ", my neighbour's poodle" right after the name. */
	private static final Pattern ANIMAL_AFTER = Pattern.compile("^,? (?i:our|my|a|the|her|his|their)(?: [\\w']+){0,2}? "
			+ "(?i:dog|cat|puppy|kitten|pet|parrot|rabbit|hamster|budgie|bird|tortoise|pony|horse|poodle|beagle|terrier"
			+ "|retriever|spaniel|labrador|collie|shiba|dachshund|chihuahua|pug)\\b");

	private static final int REACH = 40;

	private PetNames() {
	}

	static boolean isPet(String folded, Finding finding) {
		String before = folded.substring(Math.max(0, finding.start() - REACH), finding.start());
		String after = folded.substring(finding.end(), Math.min(folded.length(), finding.end() + REACH));
		return ANIMAL_BEFORE.matcher(before).find() || ANIMAL_AFTER.matcher(after).find();
	}

	/** Drops the person names that are pets' names. */
	static void removePets(String folded, List<Finding> candidates) {
		candidates.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME && isPet(folded, finding));
	}

}
