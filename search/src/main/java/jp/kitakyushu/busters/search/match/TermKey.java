package jp.kitakyushu.busters.search.match;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * A term as {@link SegmentTermStates} finds it: its field's number, its bytes and their
 * hash, computed once per term and used for every segment.
 *
 * @param fieldId the field's number
 * @param hash the hash of the field's number and the bytes
 * @param bytes the term's bytes
 */
record TermKey(int fieldId, int hash, BytesRef bytes) {

	/** Field numbers: the index has a few dozen fields, so this stays small. */
	private static final Map<String, Integer> FIELD_IDS = new ConcurrentHashMap<>();

	private static final AtomicInteger NEXT_FIELD_ID = new AtomicInteger();

	static TermKey of(Term term) {
		int fieldId = FIELD_IDS.computeIfAbsent(term.field(), (field) -> NEXT_FIELD_ID.getAndIncrement());
		int hash = StringHelper.murmurhash3_x86_32(term.bytes(), fieldId);
		return new TermKey(fieldId, hash, term.bytes());
	}

}
