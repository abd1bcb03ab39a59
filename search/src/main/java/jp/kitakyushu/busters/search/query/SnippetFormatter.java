package jp.kitakyushu.busters.search.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jp.kitakyushu.busters.search.Snippet;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into {@link Snippet}s of plain text and ranges,
 * merging the overlapping matches the Japanese, English and bigram fields report for the
 * same words.
 */
final class SnippetFormatter extends PassageFormatter {

	@Override
	public Object format(Passage[] passages, String content) {
		List<Snippet> snippets = new ArrayList<>(passages.length);
		Passage[] ordered = passages.clone();
		Arrays.sort(ordered, Comparator.comparingInt(Passage::getStartOffset));
		for (Passage passage : ordered) {
			int start = passage.getStartOffset();
			int end = Math.min(passage.getEndOffset(), content.length());
			List<Snippet.Range> ranges = merge(passage, start, end);
			snippets.add(new Snippet(
					content.substring(start, end).strip().isEmpty() ? "" : content.substring(start, end), ranges));
		}
		return snippets;
	}

	private static List<Snippet.Range> merge(Passage passage, int start, int end) {
		int count = passage.getNumMatches();
		int[][] matches = new int[count][];
		for (int i = 0; i < count; i++) {
			matches[i] = new int[] { Math.max(passage.getMatchStarts()[i], start),
					Math.min(passage.getMatchEnds()[i], end) };
		}
		Arrays.sort(matches, Comparator.comparingInt((int[] m) -> m[0]));
		List<Snippet.Range> ranges = new ArrayList<>();
		int from = -1;
		int to = -1;
		for (int[] match : matches) {
			if (match[1] <= match[0]) {
				continue;
			}
			if (from >= 0 && match[0] <= to) {
				to = Math.max(to, match[1]);
				continue;
			}
			if (from >= 0) {
				ranges.add(new Snippet.Range(from - start, to - start));
			}
			from = match[0];
			to = match[1];
		}
		if (from >= 0) {
			ranges.add(new Snippet.Range(from - start, to - start));
		}
		return ranges;
	}

}
