package jp.kitakyushu.busters.search.eval;

import java.util.List;
import java.util.Locale;

/**
 * Recall@1, Recall@3 and mean reciprocal rank over ranked label lists.
 */
final class Metrics {

	private int n;

	private int hits1;

	private int hits3;

	private double reciprocalRanks;

	void add(String expected, List<String> ranked) {
		this.n++;
		int rank = ranked.indexOf(expected) + 1;
		if (rank == 1) {
			this.hits1++;
		}
		if (rank >= 1 && rank <= 3) {
			this.hits3++;
		}
		if (rank >= 1) {
			this.reciprocalRanks += 1.0 / rank;
		}
	}

	int n() {
		return this.n;
	}

	double recall1() {
		return (this.n == 0) ? 0 : (double) this.hits1 / this.n;
	}

	double recall3() {
		return (this.n == 0) ? 0 : (double) this.hits3 / this.n;
	}

	double mrr() {
		return (this.n == 0) ? 0 : this.reciprocalRanks / this.n;
	}

	String json() {
		return String.format(Locale.ROOT, "{\"recall1\":%.4f,\"recall3\":%.4f,\"mrr\":%.4f}", recall1(), recall3(),
				mrr());
	}

	String row(String name) {
		return String.format(Locale.ROOT, "%-10s %8.3f %8.3f %8.3f", name, recall1(), recall3(), mrr());
	}

}
