package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Round 34 (overmask-ja): drops Japanese findings that are no one's personal data by
 * their shape or cue: reference, receipt and insurance numbers taken as phones, numbers
 * and names the post itself calls examples, pets' names in a pet's post, counters and
 * eras cut as names, towns before 丁目, a child's kana place word, a firm after 勤務先,
 * organisations and facilities named by their word, a building named without its room,
 * and a public office's address.
 */
final class ReferenceNumbersPetsAndPublicNames {

	/**
	 * A number's own kind in kanji or katakana right before 番号: 被保険者番号, レシート番号, 受付番号 R…;
	 * a letter prefix of the code may stand between.
	 */
	private static final Pattern NUMBER_CUE = Pattern
		.compile("(?<kind>[\\p{IsHan}\\p{IsKatakana}ー]{2,8})番号(?:は|が)?[ :]*(?:[A-Z]{1,3}-?)?$");

	/** Kinds of number that are a phone's or a person's own, which stay hidden. */
	private static final Pattern PHONE_KIND = Pattern
		.compile("電話|携帯|連絡|自宅|固定|直通|代表|内線|緊急|個人|ファ[ック]|ケータイ|スマホ|呼出|実家|旧|新|別|本人");

	/**
	 * A number the writer calls an example, a dummy or a test right after it:
	 * …（←これはダミーです）, （例です）, （取説の例）, （仮の数字）, ってテスト用の番号.
	 */
	private static final Pattern EXAMPLE_AFTER = Pattern
		.compile("ダミー|例です|の例|記入例|見本|サンプル|テスト用|仮の(?:数字|番号|もの)|架空|本物では(?:ない|あり)");

	/** The writer saying it is no example after all: 見本ではなく本物です. */
	private static final Pattern NOT_EXAMPLE = Pattern.compile("ではなく|じゃなく|本物です|本物っぽい|本名");

	/** How far after a value its example word is looked for. */
	private static final int EXAMPLE_WINDOW = 24;

	/**
	 * A counter or date word a name finding cannot start with when a digit is before it.
	 */
	private static final String COUNTERS = "時日月年号階番分歳才名人円本回丁";

	/** A room or seat word and the space after it, at a name finding's start. */
	private static final Pattern ROOM_HEAD = Pattern.compile("(?:号室|号棟|号|階|番地|番|班|組|列) +");

	/** An era's name: 昭和50年築 is a date, not a person. */
	private static final Pattern ERA = Pattern.compile("明治|大正|昭和|平成|令和");

	/** A pet or its keeping anywhere in the post. */
	private static final Pattern PET_POST = Pattern
		.compile("犬|猫|ねこ|いぬ|インコ|ペット|ハムスター|うさぎ|ウサギ|オウム|文鳥|小鳥|柴犬|ダックス|プードル" + "|チワワ|飼い主|飼って|飼い");

	/** An animal right before its name: 飼い猫で「, 迷子の, 犬の名前は. */
	private static final Pattern PET_BEFORE = Pattern
		.compile("(?:(?:犬|猫|インコ|ねこ|いぬ)(?:の名前は|で|の|は|、)?|迷子の|迷子犬|迷子猫) ?[「『]?$");

	/**
	 * A name's slot before it (名前：, 名前は「), a pet's only when its sentence names an
	 * animal: a neighbour's door plate is 名前は「…」 too.
	 */
	private static final Pattern NAME_SLOT_BEFORE = Pattern.compile("名前(?:は|:|が)? ?[「『]?$");

	/** A pet's words right after its name: （柴犬3歳）, は怯えて散歩に, ちゃん、黄色. */
	private static final Pattern PET_AFTER = Pattern.compile("柴犬|ダックス|プードル|チワワ|散歩|吠え|首輪|オス|メス|雑種|黄色|黄緑|白黒|三毛|茶トラ|キジトラ");

	/** A person's word before or after a kana name: 娘の, さん, くん. */
	private static final Pattern PERSON_BEFORE = Pattern
		.compile("(?:娘|息子|孫|子|長男|長女|次男|次女|夫|妻|主人|母|父|姉|妹|兄|弟|友達|友人|先生|さん)(?:の|は)? ?[「『]?$");

	private static final Pattern PERSON_AFTER = Pattern.compile("^ ?(?:さん|くん|君|様|先生|氏|殿|さま)");

	/**
	 * A child's kana place or school word going on right after a kana name-like word:
	 * みなみ|がおかこうえん, しょう|がく2ねん.
	 */
	private static final Pattern KANA_PLACE_AFTER = Pattern
		.compile("^(?:がおか|ケ丘|ヶ丘|こうえん|ようちえん|ほいくえん|しょうがっこう|ちゅうがっこう|がっこう|どうぶつえん|えき[にでのへま]|がく ?[0-9一二三四五六]|ねんせい)");

	/** A town's suffix and chome right after a name-like word: 清水|2丁目, あさひ|が丘3丁目. */
	private static final Pattern CHOME_AFTER = Pattern
		.compile("^(?:が丘|ケ丘|ヶ丘|台|町|新町|本町)?[0-9一二三四五六七八九十]{1,3}丁目|^(?:が丘|ケ丘|ヶ丘)");

	/** A workplace's slot right before a name-like word: 勤務先 安川電機. */
	private static final Pattern WORKPLACE_BEFORE = Pattern.compile("(?:勤務先|勤め先|勤務地|職場|会社名|学校名)(?:は)?[ :]*$");

	/** An electricity pole's plate before its code: 電柱番号 小倉幹128-5. */
	private static final Pattern POLE_BEFORE = Pattern.compile("電柱(?:番号|の番号)?(?:は)?[ :「『]*$");

	/**
	 * A group's or facility's word right after a name-like word: …守る会, …体操の会, …医師会,
	 * …第2保管所; 会長, 会社 and the like are a person's or firm's and are left.
	 */
	private static final Pattern GROUP_AFTER = Pattern
		.compile("^[\\p{IsHan}\\p{IsKatakana}ー]{0,3}?(?:町内会|自治会|守る会|の会|同好会|愛好会|協議会|振興会|保存会|友の会|子ども会"
				+ "|婦人会|老人会|医師会|商工会|組合|商店街)(?![社長計員議場館話費])"
				+ "|^(?:第?[0-9]{1,3})?(?:保管所|事務所|営業所|出張所|販売所|幼稚園|保育園|小学校|中学校|医院|公園|緑地|会館|体育館|図書館|市民センター|団地)");

	/**
	 * A facility's, a paper's or a form's word inside a name finding: 選挙公報, 販売所, 土曜日,
	 * 記入見本.
	 */
	private static final Pattern THING_INSIDE = Pattern
		.compile("見本|記入例|サンプル|公報|広報|だより|曜日|販売所|保管所|事務所|営業所|出張所|役所|幼稚園|保育園|小学校|中学校|医師会|公園|緑地|会館|図書館");

	/**
	 * A contact line's own label or an animal taken as a name: 自宅 093…, 迷子のうさぎ.
	 */
	private static final Pattern LABEL_OR_ANIMAL = Pattern
		.compile("自宅|携帯|勤務先|職場|実家|犬|猫|ねこ|いぬ|インコ|うさぎ|ウサギ" + "|ハムスター|オウム|文鳥|小鳥|柴犬|子犬|子猫|ハト|カラス");

	/** A firm's or building's katakana word glued before a name-like word: フォトスタジオ黒崎. */
	private static final Pattern BUSINESS_BEFORE = Pattern
		.compile("(?:スタジオ|サロン|ショップ|ストア|ベーカリー|カフェ|ホテル|ハイツ|コーポ|メゾン|マンション|ビル|タワー|ケア|モノレール)$");

	/**
	 * A building named without a room, then where by it: サンハイツ二島の前, 葛原ハイツの前です.
	 */
	private static final Pattern BY_BUILDING_AFTER = Pattern
		.compile("^(?:の(?:前|横|裏|近く|向かい|駐車場|駐輪場|入口|入り口|敷地|周り|周辺|あたり|辺り|ゴミ置き場)|付近|周辺)");

	/** A building's word in an address finding. */
	private static final Pattern BUILDING = Pattern.compile("ハイツ|コーポ|メゾン|マンション|ビル|タワー|荘|レジデンス|パレス|ハウス");

	/**
	 * A public office's address said as such, with or without its postcode: 区役所の住所は〒… ….
	 */
	private static final Pattern OFFICE_ADDRESS_BEFORE = Pattern
		.compile("(?:役所|庁舎|センター|図書館|公民館|郵便局|警察署|消防署|会館|学校|病院)の?(?:住所|所在地)(?:は|:)? ?(?:〒 ?[0-9]{3}-?[0-9]{4} ?)?$");

	/** How far before a finding its cues are looked for. */
	private static final int BEFORE = 16;

	private ReferenceNumbersPetsAndPublicNames() {
	}

	static void remove(String folded, List<Finding> candidates) {
		if (!TextFold.isJapanese(folded)) {
			return;
		}
		boolean petPost = PET_POST.matcher(folded).find();
		trimRoomWords(folded, candidates);
		candidates.removeIf((finding) -> switch (finding.kind()) {
			case PHONE -> referenceNumber(folded, finding) || example(folded, finding);
			case MY_NUMBER -> example(folded, finding);
			case PERSON_NAME -> notAName(folded, finding, petPost);
			case POSTAL_ADDRESS -> publicAddress(folded, finding);
			default -> false;
		});
	}

	/**
	 * Whether a phone finding is a code: its digits start 00 (no Japanese phone does, and
	 * an international call's 00…81 is left), or a number's kind that is no phone stands
	 * right before it.
	 */
	private static boolean referenceNumber(String folded, Finding finding) {
		String digits = finding.in(folded).replaceAll("[^0-9]", "");
		// Ten digits at least: a local number written without its area code (000-1234
		// in a form's example) is still a phone's shape.
		if (digits.length() >= 10 && digits.startsWith("00") && !digits.matches("00[0-9]{0,3}?81[0-9]{8,10}")
				&& folded.charAt(finding.start()) != '+') {
			return true;
		}
		String before = lineBefore(folded, finding.start(), BEFORE);
		java.util.regex.Matcher cue = NUMBER_CUE.matcher(before);
		return cue.find() && !PHONE_KIND.matcher(cue.group("kind")).find();
	}

	/**
	 * A list row's room word glued to the name after it (1号室 田中 found as 号室 田中): the name
	 * alone stays a finding, so that the room is not taken for one below.
	 */
	private static void trimRoomWords(String folded, List<Finding> candidates) {
		for (java.util.ListIterator<Finding> it = candidates.listIterator(); it.hasNext();) {
			Finding finding = it.next();
			if (finding.kind() != PersonalDataKind.PERSON_NAME || finding.start() == 0
					|| !Character.isDigit(folded.charAt(finding.start() - 1))) {
				continue;
			}
			java.util.regex.Matcher room = ROOM_HEAD.matcher(finding.in(folded));
			if (room.lookingAt() && room.end() < finding.length()) {
				it.set(finding.over(finding.start() + room.end(), finding.end()));
			}
		}
	}

	/** Whether the post calls the value an example, a dummy or a test. */
	private static boolean example(String folded, Finding finding) {
		String after = folded.substring(finding.end(), sentenceEnd(folded, finding.end(), EXAMPLE_WINDOW));
		// Only a number: the corpora's writers label sample names (記入例の佐藤 花子) as names.
		return EXAMPLE_AFTER.matcher(after).find() && !NOT_EXAMPLE.matcher(after).find();
	}

	private static boolean notAName(String folded, Finding finding, boolean petPost) {
		String value = finding.in(folded).strip();
		if (value.isEmpty()) {
			return false;
		}
		int start = finding.start();
		char first = value.charAt(0);
		if (start > 0 && Character.isDigit(folded.charAt(start - 1)) && COUNTERS.indexOf(first) >= 0) {
			return true;
		}
		String after = folded.substring(finding.end(), Math.min(folded.length(), finding.end() + 16));
		if (ERA.matcher(value).matches() && !after.isEmpty()
				&& (Character.isDigit(after.charAt(0)) || "元一二三四五六七八九十".indexOf(after.charAt(0)) >= 0)) {
			return true;
		}
		if (THING_INSIDE.matcher(value).find() || LABEL_OR_ANIMAL.matcher(value).matches()) {
			return true;
		}
		String before = lineBefore(folded, start, BEFORE);
		if (CHOME_AFTER.matcher(after).find() || GROUP_AFTER.matcher(after).find()
				|| WORKPLACE_BEFORE.matcher(before).find() || POLE_BEFORE.matcher(before).find()) {
			return true;
		}
		// Glued to the firm's word (no space), so even フォトスタジオ高橋さん is the shop.
		if (BUSINESS_BEFORE.matcher(before).find()) {
			return true;
		}
		// A child's spaced kana: the finding may take the word before it too (きのう さくら).
		if (value.matches("[\\p{IsHiragana} ]{1,12}") && KANA_PLACE_AFTER.matcher(after).find()) {
			return true;
		}
		return petPost && pet(value, before, after,
				folded.substring(sentenceStart(folded, start, 40), sentenceEnd(folded, finding.end(), 40)));
	}

	/** Whether a kana name is a pet's, by a pet's cue before or after it. */
	private static boolean pet(String value, String before, String after, String sentence) {
		if (!value.matches("[\\p{IsHiragana}\\p{IsKatakana}ー]{1,8}") || PERSON_BEFORE.matcher(before).find()) {
			return false;
		}
		String rest = after.startsWith("ちゃん") ? after.substring(3) : after;
		if (PERSON_AFTER.matcher(rest).lookingAt()) {
			return false;
		}
		if (PET_BEFORE.matcher(before).find()) {
			return true;
		}
		String near = rest.substring(0, Math.min(rest.length(), 12));
		if (PET_AFTER.matcher(near).find() || after.startsWith("ちゃん") && NAME_SLOT_BEFORE.matcher(before).find()) {
			return true;
		}
		return NAME_SLOT_BEFORE.matcher(before).find() && PET_POST.matcher(sentence).find();
	}

	private static boolean publicAddress(String folded, Finding finding) {
		String before = lineBefore(folded, finding.start(), 30);
		if (OFFICE_ADDRESS_BEFORE.matcher(before).find()) {
			return true;
		}
		String value = finding.in(folded).strip();
		String after = folded.substring(finding.end(), Math.min(folded.length(), finding.end() + 8));
		// A building without a room is no one's address (the corpora's convention); only
		// when the text goes on to say where by it.
		return value.length() <= 16 && BUILDING.matcher(value).find() && !value.matches(".*[0-9].*")
				&& BY_BUILDING_AFTER.matcher(after).find();
	}

	/** Up to {@code span} chars before {@code at}, from the line's start. */
	private static String lineBefore(String folded, int at, int span) {
		int from = Math.max(0, at - span);
		int newline = folded.lastIndexOf('\n', at - 1);
		return folded.substring(Math.max(from, newline + 1), at);
	}

	private static int sentenceStart(String folded, int at, int span) {
		int from = Math.max(0, at - span);
		for (int i = at - 1; i >= from; i--) {
			if ("。！？!?\n".indexOf(folded.charAt(i)) >= 0) {
				return i + 1;
			}
		}
		return from;
	}

	private static int sentenceEnd(String folded, int at, int span) {
		int to = Math.min(folded.length(), at + span);
		for (int i = at; i < to; i++) {
			if ("。！？!?\n".indexOf(folded.charAt(i)) >= 0) {
				return i;
			}
		}
		return to;
	}

}
