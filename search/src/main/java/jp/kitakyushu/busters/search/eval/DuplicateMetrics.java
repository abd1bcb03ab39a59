package jp.kitakyushu.busters.search.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What one matcher scored on a duplicates set: where each original ranked for its
 * paraphrase, whether it ranked above its near-miss, and how often the "is this yours?"
 * hint showed and was right.
 */
final class DuplicateMetrics {

	/** Hint precision asked of the calibrated threshold. */
	static final double TARGET_PRECISION = 0.9;

	private final List<Integer> ranks = new ArrayList<>();

	private int aboveNearMiss;

	private final List<Hint> hints = new ArrayList<>();

	/**
	 * Records a paraphrase query.
	 * @param rank the original's rank, 1-based, 0 when not returned
	 * @param nearMissRank the near-miss's rank, 0 when not returned
	 * @param topScore the best result's score, NaN when there was none
	 * @param topIsOriginal whether the best result is the original
	 */
	void paraphrase(int rank, int nearMissRank, float topScore, boolean topIsOriginal) {
		this.ranks.add(rank);
		if (rank > 0 && (nearMissRank == 0 || rank < nearMissRank)) {
			this.aboveNearMiss++;
		}
		this.hints.add(new Hint(topScore, topIsOriginal, true));
	}

	/**
	 * Records a near-miss typed as a new problem: no published problem is the same
	 * problem, so any hint is wrong.
	 * @param topScore the best result's score, NaN when there was none
	 */
	void nearMiss(float topScore) {
		this.hints.add(new Hint(topScore, false, false));
	}

	int n() {
		return this.ranks.size();
	}

	double recallAt(int k) {
		return share(this.ranks.stream().filter((rank) -> rank > 0 && rank <= k).count());
	}

	double mrr() {
		return this.ranks.isEmpty() ? 0
				: this.ranks.stream().mapToDouble((rank) -> (rank > 0) ? 1.0 / rank : 0).sum() / this.ranks.size();
	}

	int aboveNearMiss() {
		return this.aboveNearMiss;
	}

	/** Hints shown and right at a threshold: {shown, correct}. */
	int[] hintsAt(double threshold) {
		int shown = 0;
		int correct = 0;
		for (Hint hint : this.hints) {
			if (!Float.isNaN(hint.score) && hint.score >= threshold) {
				shown++;
				if (hint.correct) {
					correct++;
				}
			}
		}
		return new int[] { shown, correct };
	}

	/**
	 * The lowest threshold whose hints reach the target precision on these very queries:
	 * an upper bound for a matcher without a calibrated score.
	 * @return the threshold, NaN when none reaches it
	 */
	double oracleThreshold() {
		List<Hint> sorted = new ArrayList<>(this.hints.stream().filter((hint) -> !Float.isNaN(hint.score)).toList());
		sorted.sort(Comparator.comparingDouble((Hint hint) -> hint.score).reversed());
		double best = Double.NaN;
		int shown = 0;
		int correct = 0;
		for (Hint hint : sorted) {
			shown++;
			correct += hint.correct ? 1 : 0;
			if ((double) correct / shown >= TARGET_PRECISION) {
				best = hint.score;
			}
		}
		return best;
	}

	String row(String name, double threshold) {
		int[] hint = hintsAt(threshold);
		int paraphrases = n();
		return String.format(Locale.ROOT, "%-10s %6.3f %6.3f %6.3f   %5.3f (%d/%d)   %s  %6.3f (%d/%d)  at %s", name,
				recallAt(1), recallAt(3), mrr(), share(this.aboveNearMiss), this.aboveNearMiss, paraphrases,
				(hint[0] == 0) ? "  -  (0/0)  "
						: String.format(Locale.ROOT, "%5.3f (%d/%d)", (double) hint[1] / hint[0], hint[1], hint[0]),
				share(hint[1]), hint[1], paraphrases,
				Double.isNaN(threshold) ? "none" : String.format(Locale.ROOT, "%.3f", threshold));
	}

	String json(double threshold) {
		int[] hint = hintsAt(threshold);
		return String.format(Locale.ROOT,
				"{\"recall1\":%.4f,\"recall3\":%.4f,\"mrr\":%.4f,\"aboveNearMiss\":%.4f,\"hintPrecision\":%.4f,"
						+ "\"hintRecall\":%.4f,\"hintsShown\":%d,\"threshold\":%s}",
				recallAt(1), recallAt(3), mrr(), share(this.aboveNearMiss),
				(hint[0] == 0) ? 0 : (double) hint[1] / hint[0], share(hint[1]), hint[0],
				Double.isNaN(threshold) ? "null" : String.format(Locale.ROOT, "%.4f", threshold));
	}

	private double share(long count) {
		return this.ranks.isEmpty() ? 0 : (double) count / this.ranks.size();
	}

	private record Hint(float score, boolean correct, boolean paraphrase) {
	}

}
