package jp.kitakyushu.busters.search.query;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.index.DocValuesReader;
import jp.kitakyushu.busters.search.index.IndexFields;
import jp.kitakyushu.busters.search.index.SearchIndex;
import jp.kitakyushu.busters.search.index.SearchIndexConfig;
import jp.kitakyushu.busters.search.query.ListRequest.Order;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/**
 * Times the public problem lists on a copy of an api's index (one ward most supported
 * first, every ward, the newest page, and their second pages) and checks each page
 * against a plain sort of every match in Java.
 *
 * <pre>
 * INDEX_DIR [--seconds S]
 * </pre>
 *
 * INDEX_DIR is opened with a writer: give it a copy.
 */
public final class ListPageBenchmark {

	private static final String[] WARDS = { "MOJI", "KOKURA_KITA", "KOKURA_MINAMI", "WAKAMATSU", "YAHATA_HIGASHI",
			"YAHATA_NISHI", "TOBATA", "CITYWIDE" };

	private ListPageBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path directory = Path.of(args[0]);
		int seconds = (args.length > 2 && args[1].equals("--seconds")) ? Integer.parseInt(args[2]) : 10;
		SearchIndex index = SearchIndex.open(SearchIndexConfig.of(directory, "bench-lists"), IndexSource.empty());
		try {
			int documents = index.withSearcher((searcher) -> searcher.getIndexReader().numDocs());
			System.out.printf("%,d documents%n", documents);
			// Every page worked out anew: kept pages would time a map lookup.
			DocumentLists lists = new DocumentLists(index, false);
			List<String> names = new ArrayList<>();
			List<ListRequest> requests = new ArrayList<>();
			for (String ward : WARDS) {
				for (int offset : new int[] { 0, 20 }) {
					names.add("ward " + ward + " by supporters, offset " + offset);
					requests.add(new ListRequest(publicProblems(ListFilter.keyword("ward", ward)),
							List.of(Order.byNumber("supporterCount", true), Order.byUniqueShortKey("storeId", true)),
							offset, 20, false));
				}
			}
			names.add("newest");
			requests.add(new ListRequest(publicProblems(),
					List.of(Order.byNumber("createdAt", true), Order.byUniqueShortKey("storeId", true)), 0, 20, false));
			for (int i = 0; i < requests.size(); i++) {
				List<String> expected = plainSort(index, requests.get(i));
				List<String> found = lists.list(requests.get(i)).ids();
				if (!found.equals(expected)) {
					throw new IllegalStateException(names.get(i) + ": " + found + " instead of " + expected);
				}
			}
			System.out.println("every page as a plain sort answers it");
			time(lists, "ward KOKURA_KITA by supporters", requests.get(2), seconds);
			time(lists, "ward KOKURA_KITA by supporters, offset 20", requests.get(3), seconds);
			time(lists, "newest", requests.get(requests.size() - 1), seconds);
			time(lists, "ward KOKURA_KITA by supporters", requests.get(2), seconds);
		}
		finally {
			index.close();
		}
	}

	private static ListFilter publicProblems(ListFilter... more) {
		List<ListFilter> all = new ArrayList<>(
				List.of(ListFilter.type(DocumentType.PROBLEM), ListFilter.keyword("readers", "public"),
						ListFilter.keyword("status", "PUBLISHED", "ADOPTED", "RESOLVED")));
		all.addAll(List.of(more));
		return ListFilter.allOf(all.toArray(ListFilter[]::new));
	}

	private static void time(DocumentLists lists, String name, ListRequest request, int seconds) {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		long calls = 0;
		long started = System.nanoTime();
		while (System.nanoTime() < end) {
			lists.list(request);
			calls++;
		}
		double micros = (System.nanoTime() - started) / 1e3 / calls;
		System.out.printf(Locale.ROOT, "%-45s %8.1f µs a page (%,d pages)%n", name, micros, calls);
	}

	/** The page as sorting every match by the request's two orders in Java gives it. */
	private static List<String> plainSort(SearchIndex index, ListRequest request) {
		return index.withSearcher((searcher) -> {
			record Match(int doc, long number, BytesRef key) {
			}
			List<Match> matches = new ArrayList<>();
			String number = IndexFields.number(request.order().get(0).name());
			String key = IndexFields.sortKey(request.order().get(1).name());
			searcher.search(new ConstantScoreQuery(DocumentLists.toQuery(request.filter())), new SimpleCollector() {

				private NumericDocValues numbers;

				private SortedDocValues keys;

				private int base;

				@Override
				protected void doSetNextReader(LeafReaderContext context) throws IOException {
					this.numbers = DocValues.getNumeric(context.reader(), number);
					this.keys = DocValues.getSorted(context.reader(), key);
					this.base = context.docBase;
				}

				@Override
				public void collect(int doc) throws IOException {
					long value = this.numbers.advanceExact(doc) ? this.numbers.longValue() : Long.MIN_VALUE;
					BytesRef bytes = this.keys.advanceExact(doc)
							? BytesRef.deepCopyOf(this.keys.lookupOrd(this.keys.ordValue())) : new BytesRef();
					matches.add(new Match(this.base + doc, value, bytes));
				}

				@Override
				public ScoreMode scoreMode() {
					return ScoreMode.COMPLETE_NO_SCORES;
				}

			});
			matches.sort(Comparator.comparingLong(Match::number).thenComparing(Match::key).reversed());
			List<String> ids = new ArrayList<>();
			for (int i = request.offset(); i < matches.size() && ids.size() < request.limit(); i++) {
				ids.add(DocValuesReader.id(searcher.getIndexReader(), matches.get(i).doc()));
			}
			return ids;
		});
	}

}
