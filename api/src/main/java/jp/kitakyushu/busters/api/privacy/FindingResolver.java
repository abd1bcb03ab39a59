package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the overlapping candidates of all detectors into one sorted, non-overlapping list
 * of findings.
 *
 * <p>
 * Sure findings are settled first and never weakened: an unsure candidate only adds what
 * the sure ones left uncovered. Where that remainder touches a sure finding of the same
 * kind it widens it (a cue found 宮地, the dictionary found 宮地 隆之: the name is 宮地 隆之, and
 * sure); elsewhere it becomes a finding of its own, flagged.
 */
final class FindingResolver {

	/**
	 * When two candidates of different kinds overlap and are equally long, the kind
	 * listed first wins: the more specific shape (an e-mail, a twelve-digit number) over
	 * the looser one.
	 */
	private static final Comparator<Finding> PREFERENCE = Comparator.comparingInt(Finding::length)
		.reversed()
		.thenComparing(Finding::kind)
		.thenComparingInt(Finding::start);

	private FindingResolver() {
	}

	static List<Finding> resolve(String folded, List<Finding> candidates) {
		List<Finding> sure = new ArrayList<>();
		List<Finding> unsure = new ArrayList<>();
		for (Finding candidate : candidates) {
			(candidate.flagged() ? unsure : sure).add(candidate);
		}
		List<Finding> kept = longestFirst(unionOfSameKind(sure));
		kept.sort(Comparator.comparingInt(Finding::start));
		BitSet taken = new BitSet();
		kept.forEach((finding) -> taken.set(finding.start(), finding.end()));
		List<Finding> remainders = new ArrayList<>();
		for (Finding candidate : unionOfSameKind(unsure)) {
			for (Finding piece : uncovered(folded, candidate, taken)) {
				if (!widenSureNeighbour(kept, piece)) {
					remainders.add(piece);
				}
			}
		}
		kept.addAll(longestFirst(remainders));
		kept.sort(Comparator.comparingInt(Finding::start));
		return mergeAdjacent(folded, kept);
	}

	/** Overlapping candidates of one kind are one thing found by several rules. */
	private static List<Finding> unionOfSameKind(List<Finding> candidates) {
		List<Finding> sorted = new ArrayList<>(candidates);
		sorted.sort(Comparator.comparing(Finding::kind).thenComparingInt(Finding::start));
		List<Finding> unions = new ArrayList<>();
		for (Finding candidate : sorted) {
			int last = unions.size() - 1;
			Finding previous = (last >= 0) ? unions.get(last) : null;
			if (previous != null && previous.kind() == candidate.kind() && candidate.start() < previous.end()) {
				unions.set(last, new Finding(previous.kind(), previous.start(),
						Math.max(previous.end(), candidate.end()), previous.confidence()));
			}
			else {
				unions.add(candidate);
			}
		}
		return unions;
	}

	/** Longest first, so an address is not cut up by the house number inside it. */
	private static List<Finding> longestFirst(List<Finding> candidates) {
		List<Finding> sorted = new ArrayList<>(candidates);
		sorted.sort(PREFERENCE);
		List<Finding> kept = new ArrayList<>();
		BitSet taken = new BitSet();
		for (Finding candidate : sorted) {
			int firstTaken = taken.nextSetBit(candidate.start());
			if (firstTaken < 0 || firstTaken >= candidate.end()) {
				kept.add(candidate);
				taken.set(candidate.start(), candidate.end());
			}
		}
		return kept;
	}

	/** The parts of a candidate not yet covered, without blank edges. */
	private static List<Finding> uncovered(String folded, Finding candidate, BitSet taken) {
		List<Finding> pieces = new ArrayList<>();
		int at = candidate.start();
		while (at < candidate.end()) {
			int from = taken.nextClearBit(at);
			if (from >= candidate.end()) {
				break;
			}
			int to = Math.min(candidate.end(), taken.nextSetBit(from) < 0 ? candidate.end() : taken.nextSetBit(from));
			while (from < to && Character.isWhitespace(folded.charAt(from))) {
				from++;
			}
			while (to > from && Character.isWhitespace(folded.charAt(to - 1))) {
				to--;
			}
			if (to > from) {
				pieces.add(new Finding(candidate.kind(), from, to, candidate.confidence()));
			}
			at = Math.max(to, from) + 1;
		}
		return pieces;
	}

	/** Widens the sure finding, sorted by start, that the piece touches, if any. */
	private static boolean widenSureNeighbour(List<Finding> kept, Finding piece) {
		int index = firstEndingAtOrAfter(kept, piece.start());
		for (int i = Math.max(0, index - 1); i < kept.size() && i <= index + 1; i++) {
			Finding sure = kept.get(i);
			if (sure.kind() == piece.kind() && (sure.end() == piece.start() || piece.end() == sure.start())) {
				kept.set(i, new Finding(sure.kind(), Math.min(sure.start(), piece.start()),
						Math.max(sure.end(), piece.end()), sure.confidence()));
				return true;
			}
		}
		return false;
	}

	private static int firstEndingAtOrAfter(List<Finding> sorted, int offset) {
		int low = 0;
		int high = sorted.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sorted.get(middle).end() < offset) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/**
	 * Joins findings of one kind separated only by spaces (〒802-0001 and the address
	 * after it), so one thing gets one marker; the joined finding is as sure as its surer
	 * part.
	 */
	private static List<Finding> mergeAdjacent(String folded, List<Finding> sorted) {
		List<Finding> merged = new ArrayList<>(sorted.size());
		for (Finding finding : sorted) {
			int last = merged.size() - 1;
			Finding previous = (last >= 0) ? merged.get(last) : null;
			if (previous != null && previous.kind() == finding.kind()
					&& folded.substring(previous.end(), finding.start()).isBlank()) {
				Confidence confidence = (previous.flagged() && finding.flagged()) ? Confidence.FLAGGED
						: Confidence.MASKED;
				merged.set(last, new Finding(finding.kind(), previous.start(), finding.end(), confidence));
			}
			else {
				merged.add(finding);
			}
		}
		return merged;
	}

}
