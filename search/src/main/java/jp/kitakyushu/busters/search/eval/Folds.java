package jp.kitakyushu.busters.search.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Stratified K-fold split: each label's rows are shuffled with a fixed seed and dealt
 * round the folds, so every fold has about the same label mix and the split is
 * reproducible.
 */
final class Folds {

	private Folds() {
	}

	static List<List<Row>> stratified(List<Row> rows, int k, long seed) {
		if (k < 2) {
			throw new IllegalArgumentException("cross-validation needs at least 2 folds");
		}
		List<List<Row>> folds = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			folds.add(new ArrayList<>());
		}
		Map<String, List<Row>> byLabel = new TreeMap<>();
		rows.forEach((row) -> byLabel.computeIfAbsent(row.label(), (l) -> new ArrayList<>()).add(row));
		Random random = new Random(seed);
		int next = 0;
		for (List<Row> labelRows : byLabel.values()) {
			List<Row> shuffled = new ArrayList<>(labelRows);
			shuffled.sort(Comparator.comparing(Row::id));
			Collections.shuffle(shuffled, random);
			for (Row row : shuffled) {
				folds.get(next).add(row);
				next = (next + 1) % k;
			}
		}
		return folds;
	}

}
