package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Widens a romanised address over the named building written right before it, with its
 * flat number ("Coop Hikino 203, Hikino 1-8-3, …", "Sunrise Danchi Bldg 2, Room 105"):
 * the building and the flat point at one home as much as the street address does.
 */
final class NamedBuildings {

	/** Capitalised words, maybe a flat number, then a comma or a space, ending here. */
	private static final Pattern BEFORE = Pattern
		.compile("(?<![A-Za-z])(?<v>[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})(?: \\d{1,4}[A-Z]?)?(?:, ?| )$");

	/** Words that make capitalised words a building's name. */
	private static final Set<String> BUILDING_WORDS = Set.of("Coop", "Corpo", "Heights", "Mansion", "Haitsu", "Haimu",
			"Apartment", "Apartments", "Residence", "Court", "Villa", "Maison", "Palace", "Hills", "Danchi",
			"Dormitory", "Dorm", "Manor", "Terrace");

	private static final int REACH = 50;

	private NamedBuildings() {
	}

	/**
	 * Replaces each address in Latin letters that a named building precedes by a wider
	 * one.
	 */
	static void widen(String folded, List<Finding> out) {
		for (int i = 0; i < out.size(); i++) {
			Finding address = out.get(i);
			if (address.kind() != PersonalDataKind.POSTAL_ADDRESS || address.start() == 0) {
				continue;
			}
			// BEFORE ends with a comma or a space; most addresses (all Japanese ones
			// written without a space) have neither before them.
			char previous = folded.charAt(address.start() - 1);
			if (previous != ',' && previous != ' ') {
				continue;
			}
			Matcher before = BEFORE.matcher(folded).region(Math.max(0, address.start() - REACH), address.start());
			if (before.find() && namesABuilding(before.group("v"))) {
				out.set(i, new Finding(PersonalDataKind.POSTAL_ADDRESS, before.start("v"), address.end(),
						address.confidence()));
			}
		}
	}

	private static boolean namesABuilding(String words) {
		for (String word : words.split(" ")) {
			if (BUILDING_WORDS.contains(word)) {
				return true;
			}
		}
		return false;
	}

}
