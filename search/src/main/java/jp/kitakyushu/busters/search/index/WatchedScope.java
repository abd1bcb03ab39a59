package jp.kitakyushu.busters.search.index;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jp.kitakyushu.busters.search.SearchDocument;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The documents holding one attribute value (the public's reader token), with a
 * generation the index bumps after every write that adds, changes or removes one of them,
 * including a document leaving the scope. An answer worked out only from documents in the
 * scope (a public list's page, total and change times) stays exact until the generation
 * moves, however many other documents (private submissions) are written meanwhile: such
 * answers are kept per generation instead of per reader.
 * <p>
 * Read the generation before the search begins ({@link SearchIndex#withSearcher} then
 * waits for every write made so far): the index bumps it only after the write, so a
 * search that sees a generation sees every write in the scope it counts.
 */
public final class WatchedScope {

	private final String key;

	private final String value;

	/** The ids of the documents in the scope, as the last write of each left them. */
	private final Set<String> ids = ConcurrentHashMap.newKeySet();

	private final AtomicLong generation = new AtomicLong();

	private final KeptPerGeneration<String, Long> changes;

	WatchedScope(String key, String value, int mostChangesKept) {
		this.key = key;
		this.value = value;
		this.changes = new KeptPerGeneration<>(mostChangesKept);
	}

	/**
	 * The attribute that names the scope.
	 * @return the attribute name
	 */
	public String key() {
		return this.key;
	}

	/**
	 * The attribute value every document in the scope holds.
	 * @return the value
	 */
	public String value() {
		return this.value;
	}

	/**
	 * Moves after every write that adds, changes or removes a document in the scope.
	 * @return the current generation
	 */
	public long generation() {
		return this.generation.get();
	}

	boolean holds(SearchDocument document) {
		Set<String> values = document.attributes().get(this.key);
		return values != null && values.contains(this.value);
	}

	boolean contains(String id) {
		return this.ids.contains(id);
	}

	KeptPerGeneration<String, Long> changes() {
		return this.changes;
	}

	/** After a document was written: it is in the scope now or not. */
	void written(String id, boolean inScope) {
		if (inScope) {
			// Added, or changed while in the scope.
			this.ids.add(id);
			this.generation.incrementAndGet();
		}
		else if (this.ids.remove(id)) {
			// Left the scope.
			this.generation.incrementAndGet();
		}
	}

	/** After a document was deleted. */
	void deleted(String id) {
		if (this.ids.remove(id)) {
			this.generation.incrementAndGet();
		}
	}

	/** Takes the scope's documents from a reader that shows every write so far. */
	void load(IndexReader reader) throws IOException {
		this.ids.clear();
		BytesRef term = new BytesRef(this.value);
		for (LeafReaderContext leaf : reader.leaves()) {
			Terms terms = leaf.reader().terms(IndexFields.attribute(this.key));
			if (terms == null) {
				continue;
			}
			TermsEnum termsEnum = terms.iterator();
			if (!termsEnum.seekExact(term)) {
				continue;
			}
			Bits live = leaf.reader().getLiveDocs();
			PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
			int doc;
			while ((doc = postings.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS) {
				if (live == null || live.get(doc)) {
					this.ids.add(DocValuesReader.id(reader, leaf.docBase + doc));
				}
			}
		}
		this.generation.incrementAndGet();
	}

}
