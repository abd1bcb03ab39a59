package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Detects personal data in Japanese and English free text and replaces it with a marker
 * per kind, for every field and search snippet the public can see.
 *
 * <p>
 * Markers are Japanese (［電話番号］) when the text contains any kana or kanji and English
 * ([phone]) when it is written only in Latin script, so a marker always reads in the
 * language around it. Instances are immutable and thread-safe; all patterns are compiled
 * once, and no input makes a method throw.
 */
public final class PersonalDataRedactor {

	private static final PersonalDataRedactor STANDARD = new PersonalDataRedactor(withModel(rules()));

	/** The hand-written detectors, without the learned model. */
	static List<Detector> rules() {
		return List.of(new EmailDetector(), new PhoneDetector(), new MyNumberDetector(), new PostalAddressDetector(),
				new BuildingAddressDetector(), new RomanisedAddressDetector(), new EnglishFlatLines(),
				new JapaneseNameDetector(), new JapaneseNameTagger(), new EnglishNameDetector(),
				new EnglishNameTagger(), new LatinNameShapes(), new JapaneseNameShapes(), new JapaneseLetterNames(),
				new ReadingNames(), new KanaFamilyNames(), new CasualEnglishNames(), new NumberPlateDetector(),
				new LoosePlates(), new BankAccountDetector(), new DateOfBirthDetector());
	}

	/** The rules with the learned name model after them. */
	static List<Detector> withModel(List<Detector> rules) {
		List<Detector> all = new ArrayList<>(rules);
		all.add(LearnedNames.standard());
		return all;
	}

	static {
		// Loads the dictionary and the names read from it now, when the application
		// starts, not on the first request.
		Morphology.tokens("北九州市");
		DictionaryNames.sizes();
		NameModel.standard();
	}

	private final List<Detector> detectors;

	PersonalDataRedactor(List<Detector> detectors) {
		this.detectors = List.copyOf(detectors);
	}

	/**
	 * The redactor with every detector this package has.
	 * @return a shared, thread-safe instance
	 */
	public static PersonalDataRedactor standard() {
		return STANDARD;
	}

	/**
	 * Finds the personal data in a text.
	 * @param text any text, possibly empty
	 * @return non-overlapping findings sorted by start offset
	 */
	public List<Finding> detect(String text) {
		if (text.isEmpty()) {
			return List.of();
		}
		String folded = TextFold.fold(text);
		List<Finding> candidates = new ArrayList<>();
		for (Detector detector : this.detectors) {
			detector.detect(folded, candidates);
		}
		// Names listed with other names, and names by their place alone, go through the
		// same filters.
		ListedNames.add(folded, candidates);
		UncertainNames.add(folded, candidates);
		WrittenNames.addBeforeFilters(folded, candidates);
		AddressSegments.find(folded, candidates);
		AddressTails.find(folded, candidates);
		PetNames.removePets(folded, candidates);
		Businesses.removeBusinesses(folded, candidates);
		PublicFigures.removePublicFigures(folded, candidates);
		QuotedPlaces.removeQuotedPlaces(folded, candidates);
		PlacesAndFirms.remove(folded, candidates);
		GroupsAndShops.remove(folded, candidates);
		MonthDays.remove(folded, candidates);
		UncertainNames.addAfterFilters(folded, candidates);
		WrittenNames.addAfterFilters(folded, candidates);
		NameSpans.widen(folded, candidates);
		NameJoins.widen(folded, candidates);
		AddressSegments.widen(folded, candidates);
		AddressTails.widen(folded, candidates);
		// After the filters: 私（…）, a relative's name and a child's age are surer than a
		// firm's or place's name that looks alike.
		KinAndSelfNames.add(folded, candidates);
		SureNameContexts.promote(folded, candidates);
		NameReadings.addReadings(folded, candidates);
		NameRepeats.add(folded, candidates);
		// Last: forms no cue announced, then look-alikes whatever rule found them.
		BareForms.add(folded, candidates);
		BirthDatesNearCues.add(folded, candidates);
		BuildingRooms.add(folded, candidates);
		PlateForms.add(folded, candidates);
		Nicknames.add(folded, candidates);
		LoneNames.add(folded, candidates);
		RoleNames.add(folded, candidates);
		EnglishHandles.add(folded, candidates);
		KanjiNumberAddresses.add(folded, candidates);
		EraBirthDates.add(folded, candidates);
		SplitAddresses.add(folded, candidates);
		KanjiDigitNumbers.add(folded, candidates);
		SpacedKanaNames.add(folded, candidates);
		RotaAndHouseNames.add(folded, candidates);
		EnglishNameEdges.add(folded, candidates);
		SpokenAddresses.add(folded, candidates);
		CalledNames.add(folded, candidates);
		ContactForms.add(folded, candidates);
		BlockAndStreetForms.add(folded, candidates);
		SpelledBirthDates.add(folded, candidates);
		NamesBesideOthers.add(folded, candidates);
		NamesByPosition.add(folded, candidates);
		FloorsRoomsAndRunningDates.add(folded, candidates);
		SignedAndListedNames.add(folded, candidates);
		ApposedAndMailedNames.add(folded, candidates);
		SpokenRoomsAndSpelledValues.add(folded, candidates);
		LabelsSignoffsAndRooms.add(folded, candidates);
		// Round 24's general mechanisms: rooms tied to people, then every address grown
		// over what is attached to it, then the words left in a contact block.
		LatinNamesOnLabels.add(folded, candidates);
		DwellingRooms.add(folded, candidates);
		// Round 25: a residential building's name with a room or floor, alone.
		ResidentialFloorsAndRooms.add(folded, candidates);
		// Round 26: rooms beside a building's romanised name or one's home, and names
		// beside a bracketed name.
		RoomsOfNamedHomes.add(folded, candidates);
		NamesBeforeBracketedNames.add(folded, candidates);
		// Round 27: phones with letters or kanji groups, names by rank, nickname, grade
		// or reply cue, and romanised home lines grown to the whole line.
		LetteredPhones.add(folded, candidates);
		RanksRealNamesAndGrades.add(folded, candidates);
		RomanisedHomeLines.add(folded, candidates);
		AddressAttachments.add(folded, candidates);
		ContactBlocks.add(folded, candidates);
		// Round 28: names by their position alone (flagged), spaced account numbers.
		NamePositionsAndSpacedAccounts.add(folded, candidates);
		LookAlikes.remove(folded, candidates);
		ThingNames.remove(folded, candidates);
		ReferenceNumbers.remove(folded, candidates);
		QuotedShopNames.remove(folded, candidates);
		TownsBeforeChome.remove(folded, candidates);
		ThingsNamedLikePeople.remove(folded, candidates);
		NamesThatAreThings.remove(folded, candidates);
		PlacesPetsAndLodgings.remove(folded, candidates);
		ReadingsAndNamedPlaces.remove(folded, candidates);
		ShopHoldersAndPlacePairs.remove(folded, candidates);
		LabelsSignoffsAndRooms.remove(folded, candidates);
		// Round 25: a plain word is no name, whatever rule took it for one.
		PlainWords.remove(folded, candidates);
		// Round 26: shops, clubs and stops are no names.
		ShopsClubsAndStops.remove(folded, candidates);
		// Round 27: places and firms a one-word name's context shows.
		PlacesFirmsAndNamesakes.remove(folded, candidates);
		// Round 29: names by reading, spaced honorific, quotes or kin label, building
		// lines with a room, accounts after a bracketed kind and birth dates in kana
		// eras,
		// after the filters, as their cues are surer than a look-alike; then office
		// holders, pets, cars, wards in hiragana and places by their suffix taken back.
		ReadingsKinLabelsAndBuildingLines.add(folded, candidates);
		OfficesPetsCarsAndKanaWards.remove(folded, candidates);
		// Round 30, last so no look-alike filter undoes it: a list's, rota's or column's
		// siblings of a found name, and a birth date after a name on a roster line.
		ListSiblingsAndRosterValues.add(folded, candidates);
		// Round 31: names on dated, weekday or room rota lines and the bracketed form
		// after a name, then names called out or quoted and signatures at the end.
		RotaLinesAndBracketedNames.add(folded, candidates);
		CalledQuotedAndSignedNames.add(folded, candidates);
		// Round 31: English names by a cue, shape or position around them; then weekdays,
		// roles and landmarks no rule should have taken for names.
		CuedEnglishNames.add(folded, candidates);
		NonNameWords.remove(folded, candidates);
		// Round 31, after the names it leans on: lots and rooms by a resident's cue,
		// addresses grown over the lot, room or building line beside them, and phones
		// written in part.
		LotsAndRoomsOfResidents.add(folded, candidates);
		// Stop 41, after every name is found: a full past date right after a name.
		DatesAfterNames.add(folded, candidates);
		// Round 32 (names): a found name grown over the rest of the word, the other half
		// across a space and a romanised name's parts, and the other speakers of a chat.
		NamePartsAndChatSpeakers.add(folded, candidates);
		// Round 32 (romanised and foreign addresses): an address grows over the ward,
		// city, postcode, room or building joined to it; flats' names with a room,
		// romanised lots and chome, and street addresses with a postcode are found alone.
		RomanisedAndForeignAddresses.add(folded, candidates);
		// Round 32 (Japanese addresses): addresses grown back over the prefecture or city
		// a glued label cut off and forward over the house number, building and room
		// left after them, and lots joined by の after 丁目の.
		AddressPrefixesAndBuildingTails.add(folded, candidates);
		// Round 32 (numbers and birth dates): My Numbers after their cue, Japan Post and
		// bank accounts, phones and plates in every spelling, birth dates by era, cue or
		// kin word; last, so it can widen the birth dates found before it.
		NumbersAndBirthDates.add(folded, candidates);
		// Round 33 (names): names still visible, found by a kin word or a grade before,
		// an honorific, a self-introduction, a phone or an age after, an English
		// sign-off, or the same list slot as a found name.
		NamesByKinSlotAndContact.add(folded, candidates);
		// Round 33 (addresses): kanji lots joined by ノ, rural lots after 字 or a reading,
		// housing blocks' rooms, a postcode apart from its address, romanised chome
		// with a house number, and the building's name after a flat's room.
		LotsFlatsAndRomajiChome.add(folded, candidates);
		// Round 33 (numbers): birth dates by cue, era or spelling, local and spoken
		// phones and their notes, bank lines and forms grown over the bank, bare account
		// numbers in a post about a bank, and moped or foreign plates that still leaked.
		NumberShapesAndBirthCues.add(folded, candidates);
		// Round 34 (names-ja): Japanese names by what they are written on or beside: a
		// kin word with the name in brackets, a parent's handle, a chat's speakers, a
		// door plate, tag or graffiti, a guessed reading, an office's staff, a role word,
		// a last-bracket signature and a rota's slots.
		NamesByTagSpeakerAndRota.add(folded, candidates);
		// Round 34 (English): names in a chat's or list's line shaped like a found
		// name's, voters, names on signs and intercoms, initials, residents' rooms, rooms
		// of named homes, and a street address's ward when it says -ku or -shi.
		EnglishSlotsRoomsAndCues.add(folded, candidates);
		// Round 34 (Japanese addresses and numbers): towns glued to their lot, bare lots
		// beside a found address, addresses and accounts grown back over the town or bank
		// before them, symbol-and-number lines, birth dates after their cue, romanised
		// digits, "at" e-mails and homes spoken in hiragana.
		LotsAccountsAndFormDates.add(folded, candidates);
		// Round 35 (English): a chome, ward and town, floor or flat written just before a
		// found address, accounts after "acct" or "#" near a bank, romaji plates,
		// children listed with ages beside a found child, timed chat speakers, and
		// senders after "sent by".
		EnglishHomesKidsPlatesAndAccounts.add(folded, candidates);
		// Round 35 (Japanese): a chat's bracketed speakers, katakana self-introductions
		// and
		// honorifics, a kin word right before a given name, a bank form's label and
		// symbol
		// lines, a branch line's account and birth dates written in both calendars.
		JapaneseIntrosKinAndFormLines.add(folded, candidates);
		// Round 36 (leak-ja): hiragana names glued into kana before ちゃん, くん or さん,
		// cut-short nicknames, room and lot numbers just before a found name, words
		// beside a found name across an arrow, and roster lines shaped like found ones.
		JapaneseSuffixesRoomsAndRosters.add(folded, candidates);
		// Round 33 (phones): an organisation's number its own sentence names (an office,
		// firm, shop, school, clinic, hotline or toll-free line) stays visible, unless a
		// person's cue, a name beside it, a caller or a scam claims it.
		OrganisationPhones.remove(folded, candidates);
		// Round 33 (places): a public place's own address, an office's own postcode and a
		// room of a public building are no resident's address.
		PublicPlacesAndOfficeCodes.remove(folded, candidates);
		return FindingResolver.resolve(folded, candidates);
	}

	/**
	 * Replaces each piece of personal data with the marker of its kind.
	 * @param text any text, possibly empty
	 * @return the text with every finding replaced; the text itself if none
	 */
	public String redact(String text) {
		return redact(text, detect(text));
	}

	/**
	 * Replaces the given spans with the marker of their kind: the public text of a post
	 * whose findings staff have reviewed.
	 * @param text any text, possibly empty
	 * @param findings non-overlapping spans inside the text, in any order
	 * @return the text with every finding replaced; the text itself if none
	 * @throws IllegalArgumentException if a finding lies outside the text or two overlap
	 */
	public String redact(String text, List<Finding> findings) {
		if (findings.isEmpty()) {
			return text;
		}
		List<Finding> sorted = new ArrayList<>(findings);
		sorted.sort(Comparator.comparingInt(Finding::start));
		boolean japanese = TextFold.isJapanese(text);
		StringBuilder out = new StringBuilder(text.length());
		int at = 0;
		for (Finding finding : sorted) {
			if (finding.start() < at || finding.end() > text.length()) {
				throw new IllegalArgumentException("Finding [" + finding.start() + ", " + finding.end()
						+ ") overlaps another or lies outside a text of " + text.length() + " chars");
			}
			out.append(text, at, finding.start());
			PersonalDataKind kind = finding.kind();
			out.append(japanese ? kind.japaneseMarker() : kind.englishMarker());
			at = finding.end();
		}
		return out.append(text, at, text.length()).toString();
	}

	/**
	 * Whether a text contains any personal data.
	 * @param text any text, possibly empty
	 * @return true if {@link #detect(String)} finds anything
	 */
	public boolean containsPersonalData(String text) {
		return !detect(text).isEmpty();
	}

}
