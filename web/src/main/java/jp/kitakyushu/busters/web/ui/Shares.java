package jp.kitakyushu.busters.web.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Relative weights as whole percentages that add up to exactly 100, by the largest
 * remainder: 3, 2, 2, 2, 1 become 30, 20, 20, 20, 10; 1, 1, 1 become 34, 33, 33; 3, 2, 2,
 * 1 become 38, 25, 25, 12 (rounding each alone shows 37 + 25 + 25 + 12 = 99 or, half up,
 * 101).
 */
public final class Shares {

	private Shares() {
	}

	/**
	 * The weights' shares in whole percent.
	 * @param weights non-negative weights
	 * @return one share per weight, adding up to 100 unless every weight is 0 (then all
	 * 0)
	 */
	public static List<Integer> percentages(List<Integer> weights) {
		long total = weights.stream().mapToLong(Integer::longValue).sum();
		if (total <= 0) {
			return weights.stream().map((weight) -> 0).toList();
		}
		List<Integer> shares = new ArrayList<>();
		double[] remainders = new double[weights.size()];
		int given = 0;
		for (int i = 0; i < weights.size(); i++) {
			double exact = 100.0 * weights.get(i) / total;
			int floor = (int) Math.floor(exact);
			shares.add(floor);
			remainders[i] = exact - floor;
			given += floor;
		}
		List<Integer> byRemainder = IntStream.range(0, weights.size())
			.boxed()
			.sorted(Comparator.comparingDouble((Integer i) -> remainders[i]).reversed().thenComparing((i) -> i))
			.toList();
		for (int k = 0; k < 100 - given; k++) {
			int i = byRemainder.get(k % byRemainder.size());
			shares.set(i, shares.get(i) + 1);
		}
		return shares;
	}

}
