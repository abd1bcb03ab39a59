package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * The best themes and the best theme members of one scoring query in one pass over its
 * postings. When a text has Japanese words, the themes' own query and the members' query
 * are the same disjunction on the mirror fields, filtered once to themes and once to
 * members: two passes over the same postings, since each filter's bit set is applied
 * after the postings of its window are decoded. Here each hit goes to the heap of the
 * filter it passes, and the scorer may skip what neither heap would take. Each heap keeps
 * what {@link TopHits} would give for its filter: the same documents with the same scores
 * (a document's score is the same sum of the same clauses), ties to the lower document.
 */
final class ThemesAndMembers {

	private ThemesAndMembers() {
	}

	/**
	 * The best hits of the query among each filter's documents.
	 * @param searcher the searcher
	 * @param scoring the scoring query, without filters
	 * @param themeFilter which documents are themes that may be shown
	 * @param memberFilter which documents are theme members
	 * @param themes theme hits wanted
	 * @param members member hits wanted
	 * @return the themes' and the members' hits, best first
	 * @throws IOException on index failure
	 */
	static Hits search(IndexSearcher searcher, Query scoring, Query themeFilter, Query memberFilter, int themes,
			int members) throws IOException {
		int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
		int wantedThemes = Math.min(themes, maxDoc);
		int wantedMembers = Math.min(members, maxDoc);
		Filter themeBits = new Filter(searcher, themeFilter);
		Filter memberBits = new Filter(searcher, memberFilter);
		return searcher.search(FlatQueries.of(scoring), new CollectorManager<Split, Hits>() {

			@Override
			public Split newCollector() {
				return new Split(themeBits, memberBits, wantedThemes, wantedMembers);
			}

			@Override
			public Hits reduce(Collection<Split> collectors) {
				HitQueue themeHits = new HitQueue(wantedThemes, false);
				HitQueue memberHits = new HitQueue(wantedMembers, false);
				for (Split split : collectors) {
					while (split.themeQueue.size() > 0) {
						themeHits.insertWithOverflow(split.themeQueue.pop());
					}
					while (split.memberQueue.size() > 0) {
						memberHits.insertWithOverflow(split.memberQueue.pop());
					}
				}
				return new Hits(bestFirst(themeHits), bestFirst(memberHits));
			}

		});
	}

	/**
	 * Whether the index has at least {@code wanted} documents the filter passes (deleted
	 * ones counted): with fewer, the themes' heap never fills, so the one pass could
	 * never skip a document and the two searches cost less.
	 * @param searcher the searcher
	 * @param filter the themes' filter
	 * @param wanted theme hits wanted
	 * @return whether the filter's documents can fill the heap
	 * @throws IOException on index failure
	 */
	static boolean fills(IndexSearcher searcher, Query filter, int wanted) throws IOException {
		Filter bits = new Filter(searcher, filter);
		long count = 0;
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			count += bits.bits(leaf).cardinality();
		}
		return count >= wanted;
	}

	private static ScoreDoc[] bestFirst(HitQueue queue) {
		ScoreDoc[] hits = new ScoreDoc[queue.size()];
		for (int i = hits.length - 1; i >= 0; i--) {
			hits[i] = queue.pop();
		}
		return hits;
	}

	/**
	 * The themes' and the members' hits.
	 *
	 * @param themes the best themes, best first
	 * @param members the best members, best first
	 */
	record Hits(ScoreDoc[] themes, ScoreDoc[] members) {
	}

	/**
	 * A filter's documents per segment, kept across requests as the dense filters' are
	 * ({@link DenseFilterQuery#cached}); its weight is made only when a segment's are not
	 * kept.
	 */
	private static final class Filter {

		private final IndexSearcher searcher;

		private final Query query;

		private @Nullable Weight weight;

		Filter(IndexSearcher searcher, Query query) {
			this.searcher = searcher;
			this.query = query;
		}

		FixedBitSet bits(LeafReaderContext context) throws IOException {
			return DenseFilterQuery.cached(context, this.query, this::read);
		}

		private FixedBitSet read(LeafReaderContext context) throws IOException {
			if (this.weight == null) {
				this.weight = this.searcher.createWeight(this.searcher.rewrite(this.query),
						ScoreMode.COMPLETE_NO_SCORES, 1f);
			}
			FixedBitSet bits = new FixedBitSet(context.reader().maxDoc());
			Scorer scorer = this.weight.scorer(context);
			if (scorer != null) {
				bits.or(scorer.iterator());
			}
			return bits;
		}

	}

	/** One slice's hits, each to the heap of the filter it passes. */
	private static final class Split extends SimpleCollector {

		private final Filter themeFilter;

		private final Filter memberFilter;

		final HitQueue themeQueue;

		final HitQueue memberQueue;

		private final int wantedThemes;

		private final int wantedMembers;

		private Scorable scorer;

		private int docBase;

		private FixedBitSet isTheme = new FixedBitSet(0);

		private FixedBitSet isMember = new FixedBitSet(0);

		private float minCompetitive;

		Split(Filter themeFilter, Filter memberFilter, int wantedThemes, int wantedMembers) {
			this.themeFilter = themeFilter;
			this.memberFilter = memberFilter;
			this.wantedThemes = wantedThemes;
			this.wantedMembers = wantedMembers;
			this.themeQueue = new HitQueue(wantedThemes, false);
			this.memberQueue = new HitQueue(wantedMembers, false);
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.TOP_SCORES;
		}

		@Override
		protected void doSetNextReader(LeafReaderContext context) throws IOException {
			this.docBase = context.docBase;
			this.isTheme = this.themeFilter.bits(context);
			this.isMember = this.memberFilter.bits(context);
		}

		@Override
		public void setScorer(Scorable scorer) throws IOException {
			this.scorer = scorer;
			if (this.minCompetitive > 0) {
				scorer.setMinCompetitiveScore(this.minCompetitive);
			}
		}

		@Override
		public void collect(int doc) throws IOException {
			boolean theme = this.isTheme.get(doc);
			boolean member = this.isMember.get(doc);
			if (!theme && !member) {
				return;
			}
			float score = this.scorer.score();
			boolean changed = false;
			if (theme) {
				changed |= offer(this.themeQueue, this.wantedThemes, doc, score);
			}
			if (member) {
				changed |= offer(this.memberQueue, this.wantedMembers, doc, score);
			}
			if (changed && this.themeQueue.size() == this.wantedThemes
					&& this.memberQueue.size() == this.wantedMembers) {
				// Documents come in order, so a later one with the least kept score loses
				// to the one kept (as in Lucene's top-score collector): only a higher
				// score may enter either heap.
				float least = Math.min(Math.nextUp(this.themeQueue.top().score),
						Math.nextUp(this.memberQueue.top().score));
				if (least > this.minCompetitive) {
					this.minCompetitive = least;
					this.scorer.setMinCompetitiveScore(least);
				}
			}
		}

		private boolean offer(HitQueue queue, int wanted, int doc, float score) {
			if (queue.size() == wanted) {
				ScoreDoc least = queue.top();
				if (score <= least.score) {
					return false;
				}
				least.doc = this.docBase + doc;
				least.score = score;
				queue.updateTop();
				return true;
			}
			queue.add(new ScoreDoc(this.docBase + doc, score));
			return true;
		}

	}

}
