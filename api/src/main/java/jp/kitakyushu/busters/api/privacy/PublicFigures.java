package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tells a public or historical figure from a private person by what is said of them:
 * nobody has a statue, a memorial hall or places "associated with" them (宮本武蔵の像, 松本清張記念館,
 * 松本零士さんゆかりの場所) without being famous, and a post about a tourist spot names them because
 * they are, so such names stay visible, with the names listed together with them
 * (宮本武蔵と佐々木小次郎の像).
 */
final class PublicFigures {

	private static final List<String> HONORIFICS = List.of("さん", "氏", "先生", "様");

	/** What only famous people have, right after their name. */
	private static final List<String> FAME = List.of("ゆかり", "の像", "像", "の銅像", "銅像", "記念館", "記念碑", "の記念碑", "生誕", "の生家",
			"生家", "旧居", "の旧居", "の墓", "文学碑", "の文学碑");

	private static final String JOINERS = "と、や・";

	private PublicFigures() {
	}

	/** Drops the name findings that a fame cue follows, and those listed with them. */
	static void removePublicFigures(String folded, List<Finding> candidates) {
		List<Finding> names = new ArrayList<>(
				candidates.stream().filter((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME).toList());
		if (names.isEmpty()) {
			return;
		}
		names.sort(Comparator.comparingInt(Finding::start).reversed());
		List<Finding> famous = new ArrayList<>();
		int listedBefore = -1;
		for (Finding name : names) {
			int after = afterHonorific(folded, name.end());
			boolean cue = NameContext.startsWithAny(folded, after, FAME);
			boolean listed = listedBefore >= 0 && after + 1 == listedBefore
					&& JOINERS.indexOf(folded.charAt(after)) >= 0;
			if (cue || listed) {
				famous.add(name);
				listedBefore = name.start();
			}
			else {
				listedBefore = -1;
			}
		}
		candidates.removeAll(famous);
	}

	private static int afterHonorific(String folded, int end) {
		for (String honorific : HONORIFICS) {
			if (folded.startsWith(honorific, end)) {
				return end + honorific.length();
			}
		}
		return end;
	}

}
