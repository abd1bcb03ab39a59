package jp.kitakyushu.busters.api.privacy;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints what each pattern of one post-step class costs when it searches a whole
 * benchmark post (the same 1,000-character posts as {@link PersonalDataBenchmark}),
 * slowest first, to show which searches are worth anchoring. A pattern a class uses only
 * on short windows costs less than its figure here. Run with
 * {@code java -cp api/target/classes:api/target/test-classes:$(cat api/target/classpath.txt) jp.kitakyushu.busters.api.privacy.PatternScanBenchmark NumberShapesAndBirthCues}.
 */
public final class PatternScanBenchmark {

	private static final int ROUNDS = 8;

	private static final int WARM_UP_ROUNDS = 3;

	private static final int SHOWN = 15;

	private PatternScanBenchmark() {
	}

	public static void main(String[] args) throws ReflectiveOperationException {
		Class<?> steps = Class.forName(PatternScanBenchmark.class.getPackageName() + "." + args[0]);
		List<LabelledPost> corpus = new ArrayList<>(LabelledPost.load(LabelledPost.TUNING));
		corpus.addAll(LabelledPost.load(LabelledPost.TUNING_2));
		for (boolean japanese : new boolean[] { true, false }) {
			List<String> posts = PersonalDataBenchmark.posts(corpus, japanese).stream().map(TextFold::fold).toList();
			Map<String, long[]> costs = new LinkedHashMap<>();
			for (int round = 0; round < ROUNDS; round++) {
				for (Field field : steps.getDeclaredFields()) {
					if (field.getType() != Pattern.class) {
						continue;
					}
					field.setAccessible(true);
					Pattern pattern = (Pattern) field.get(null);
					long start = System.nanoTime();
					int matches = 0;
					for (String post : posts) {
						Matcher matcher = pattern.matcher(post);
						while (matcher.find()) {
							matches++;
						}
					}
					long elapsed = System.nanoTime() - start;
					if (round >= WARM_UP_ROUNDS) {
						long[] cost = costs.computeIfAbsent(field.getName(), (name) -> new long[2]);
						cost[0] += elapsed;
						cost[1] = matches;
					}
				}
			}
			System.out.println(japanese ? "Japanese posts" : "English posts");
			double perPost = (double) (ROUNDS - WARM_UP_ROUNDS) * posts.size() * 1e6;
			costs.entrySet()
				.stream()
				.sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
				.limit(SHOWN)
				.forEach((cost) -> System.out.printf(Locale.ROOT, "%8.3f ms/post %7d matches  %s%n",
						cost.getValue()[0] / perPost, cost.getValue()[1], cost.getKey()));
		}
	}

}
