package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.ListIterator;
import java.util.regex.Pattern;

/**
 * Drops findings a post shows to be something other than a person's: a word beside a
 * lodging's word (Guesthouse …, … Inn), a place before an office, hall or ward (… Ward
 * Office), a dog's or cat's breed, a pet's nickname explained in brackets
 * (…さん（近所の野良猫のあだ名）), a place after a word of moving or travelling (moving from …, the bus
 * from …), a name taken over a space before a crossing, park or station (… 交差点), a date
 * of birth in a sentence about an animal and no person, and an address the post says is
 * an office's.
 */
final class PlacesPetsAndLodgings {

	private static final Pattern LODGING_BEFORE = Pattern
		.compile("(?i:guesthouse|guest house|hostel|hotel|inn|ryokan|minshuku|b&b|lodge|pension)\\s$");

	private static final Pattern LODGING_AFTER = Pattern
		.compile("^\\s(?i:guesthouse|guest house|hostel|hotel|inn|ryokan|minshuku|lodge)\\b");

	private static final Pattern OFFICE_AFTER = Pattern.compile(
			"^ (?:Ward Office|Ward|City Hall|City Office|Town Hall|Branch Office|Office|Library|Community Center|Community Centre|Citizens' Center|Post Office|Police Station|Koban|Fire Station|Health Center)\\b");

	private static final Pattern BREED_BEFORE = Pattern.compile("(?i:\\bbreed|\\bbreeds|犬種|品種)[:：]? ?(?:is |was |は)?$");

	private static final Pattern BREED = Pattern.compile(
			"(?i:shiba|shiba inu|akita|corgi|poodle|chihuahua|dachshund|labrador|retriever|beagle|pomeranian|maltese|"
					+ "shih tzu|husky|collie|terrier|bulldog|pug|schnauzer|papillon|spitz)|柴犬?|秋田犬?|マメシバ|豆柴");

	private static final Pattern PET_BRACKET = Pattern
		.compile("^(?:さん|ちゃん|くん)?[(（][^)）\\n]{0,20}(?:あだ名|呼び名|ニックネーム|野良|飼い|ペット|の猫|の犬|のねこ|のいぬ)[^)）\\n]{0,10}[)）]");

	/** A lodging's word opening or closing the name found: the lodging's own name. */
	private static final Pattern LODGING_NAME = Pattern.compile(
			"(?i:(?:guesthouse|guest house|hostel|hotel|ryokan|minshuku) .+|.+ (?:guesthouse|guest house|hostel|hotel|inn|ryokan|lodge))");

	/**
	 * A name in quotes that someone calls an animal by (「…」って呼んでる) in a post about one.
	 */
	private static final Pattern CALLED_AFTER = Pattern.compile("^[」』]?(?:って|と)[^。\\n「」]{0,6}?呼");

	/** A person named right after the calling: …って呼ばれてるおばあさん. */
	private static final Pattern PERSON_CALLED = Pattern
		.compile("^[^。\\n]{0,12}(?:おばあさん|おじいさん|おばさん|おじさん|人|方|女性|男性|子|奥さん|先生|店員|住人)");

	private static final Pattern ANIMAL_JA = Pattern.compile("ニワトリ|鶏|犬|猫|ねこ|いぬ|鳥|カラス|ハト|インコ|金魚|亀|カメ|タヌキ|ウサギ|うさぎ");

	/** A laugh or a sweat in brackets closing a sentence: （笑）, (汗). */
	private static final Pattern EMOTIVE = Pattern.compile("[笑汗泣涙怒謎爆苦]");

	/** A project's or event's word after a katakana compound: …・…整備, …・…事業. */
	private static final Pattern PROJECT_AFTER = Pattern
		.compile("^(?:整備|事業|計画|運動|構想|推進|活動|大会|フェア|講座|教室|プロジェクト|キャンペーン)");

	private static final Pattern MOVING_BEFORE = Pattern.compile(
			"(?i:\\b(?:moving|moved|move|relocating|coming|commute|commuting|bus|train|trains|buses|route|drive|driving|walk|walking) (?:from|to|in|into|near)"
					+ "|\\b(?:live|lives|living|lived|located|based|stay|staying) (?:in|near|at))\\s$");

	private static final Pattern FACILITY_AFTER = Pattern
		.compile("^[ ]*(?:交差点|公園|駅|バス停|小学校|中学校|高校|団地|商店街|橋|通り|病院|市民センター|公民館)");

	private static final Pattern ANIMAL = Pattern.compile(
			"(?i:\\b(?:dog|dogs|cat|cats|puppy|kitten|pet|rabbit|hamster|parrot|breed)\\b)|犬|猫|ペット|わんちゃん|ワンちゃん|うさぎ|インコ");

	private static final Pattern PERSON = Pattern.compile(
			"(?i:\\b(?:son|daughter|baby|child|kid|boy|girl|mother|father|mum|mom|dad|wife|husband|I was|I am|grandson|granddaughter|me)\\b)"
					+ "|私|僕|息子|娘|子ども|子供|赤ちゃん|母|父|妻|夫|祖母|祖父|孫");

	private static final Pattern OFFICE_ADDRESS = Pattern.compile(
			"(?:私|自分|うち)の住所(?:じゃ|では)な|(?:市|区役所|窓口|役所|会社|事務所|センター)の住所(?:です|でした)|(?i:not my (?:home )?address|is the (?:office|city hall|ward office)'?s? address)");

	private PlacesPetsAndLodgings() {
	}

	static void remove(String folded, List<Finding> candidates) {
		boolean officeAddress = OFFICE_ADDRESS.matcher(folded).find();
		// Read once per post, not per finding: a long post has thousands of findings.
		boolean animal = ANIMAL.matcher(folded).find();
		boolean animalJa = ANIMAL_JA.matcher(folded).find();
		ListIterator<Finding> it = candidates.listIterator();
		while (it.hasNext()) {
			Finding finding = it.next();
			String before = folded.substring(Math.max(0, finding.start() - 24), finding.start());
			String after = folded.substring(finding.end(), Math.min(folded.length(), finding.end() + 24));
			boolean drop = switch (finding.kind()) {
				case PERSON_NAME -> notAPerson(finding.in(folded), before, after, animal, animalJa);
				case DATE_OF_BIRTH -> animal && animalsBirth(folded, finding);
				case POSTAL_ADDRESS -> officeAddress;
				default -> false;
			};
			if (drop) {
				it.remove();
			}
		}
	}

	private static boolean notAPerson(String value, String before, String after, boolean animal, boolean animalJa) {
		boolean bracketed = before.endsWith("(") && after.startsWith(")");
		return LODGING_BEFORE.matcher(before).find() || LODGING_NAME.matcher(value).matches()
				|| (bracketed && value.length() == 1 && EMOTIVE.matcher(value).matches())
				|| (value.indexOf('・') > 0 && PROJECT_AFTER.matcher(after).find())
				|| (animalJa && CALLED_AFTER.matcher(after).find() && !PERSON_CALLED.matcher(after).find())
				|| LODGING_AFTER.matcher(after).find() || OFFICE_AFTER.matcher(after).find()
				|| (animal && BREED.matcher(value).matches()) || BREED_BEFORE.matcher(before).find()
				|| PET_BRACKET.matcher(after).find() || (value.indexOf(' ') < 0 && MOVING_BEFORE.matcher(before).find())
				|| FACILITY_AFTER.matcher(after).find() || facilityInside(value);
	}

	/** A name taken over a space and a facility's word (北 交差点): the end of a place. */
	private static boolean facilityInside(String value) {
		int space = value.lastIndexOf(' ');
		return space > 0 && FACILITY_AFTER.matcher(value.substring(space)).find();
	}

	/** A birth date in a sentence that names an animal and no person. */
	private static boolean animalsBirth(String folded, Finding finding) {
		// The sentence and the one before it: "Registering my dog. Born …" names the
		// animal a sentence earlier.
		int start = Math.max(0, finding.start() - 80);
		int end = finding.end();
		int limit = Math.min(folded.length(), finding.end() + 80);
		while (end < limit && ".!?\n。".indexOf(folded.charAt(end)) < 0) {
			end++;
		}
		String sentence = folded.substring(start, end);
		return ANIMAL.matcher(sentence).find() && !PERSON.matcher(sentence).find();
	}

}
