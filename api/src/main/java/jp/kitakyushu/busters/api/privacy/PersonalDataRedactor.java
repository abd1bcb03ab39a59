package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.BitSet;
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

	private static final PersonalDataRedactor STANDARD = new PersonalDataRedactor(
			List.of(new EmailDetector(), new PhoneDetector(), new MyNumberDetector(), new PostalAddressDetector(),
					new JapaneseNameDetector(), new EnglishNameDetector(), new NumberPlateDetector(),
					new BankAccountDetector(), new DateOfBirthDetector()));

	/**
	 * When two candidates of different kinds overlap and are equally long, the kind
	 * listed first wins: the more specific shape (an e-mail, a twelve-digit number) over
	 * the looser one.
	 */
	private static final Comparator<Finding> PREFERENCE = Comparator.comparingInt(Finding::length)
		.reversed()
		.thenComparing(Finding::kind)
		.thenComparingInt(Finding::start);

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
		return mergeAdjacent(folded, resolveOverlaps(candidates));
	}

	/**
	 * Replaces each piece of personal data with the marker of its kind.
	 * @param text any text, possibly empty
	 * @return the text with every finding replaced; the text itself if none
	 */
	public String redact(String text) {
		List<Finding> findings = detect(text);
		if (findings.isEmpty()) {
			return text;
		}
		boolean japanese = TextFold.isJapanese(text);
		StringBuilder out = new StringBuilder(text.length());
		int at = 0;
		for (Finding finding : findings) {
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

	/** Longest first, so an address is not cut up by the house number inside it. */
	private static List<Finding> resolveOverlaps(List<Finding> candidates) {
		candidates.sort(PREFERENCE);
		List<Finding> kept = new ArrayList<>();
		BitSet taken = new BitSet();
		for (Finding candidate : candidates) {
			int firstTaken = taken.nextSetBit(candidate.start());
			if (firstTaken < 0 || firstTaken >= candidate.end()) {
				kept.add(candidate);
				taken.set(candidate.start(), candidate.end());
			}
		}
		kept.sort(Comparator.comparingInt(Finding::start));
		return kept;
	}

	/**
	 * Joins findings of one kind separated only by spaces (〒802-0001 and the address
	 * after it), so one thing gets one marker.
	 */
	private static List<Finding> mergeAdjacent(String folded, List<Finding> sorted) {
		List<Finding> merged = new ArrayList<>(sorted.size());
		for (Finding finding : sorted) {
			int last = merged.size() - 1;
			if (last >= 0 && merged.get(last).kind() == finding.kind()
					&& folded.substring(merged.get(last).end(), finding.start()).isBlank()) {
				merged.set(last, new Finding(finding.kind(), merged.get(last).start(), finding.end()));
			}
			else {
				merged.add(finding);
			}
		}
		return merged;
	}

}
