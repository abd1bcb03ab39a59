package jp.kitakyushu.busters.search.match;

import java.util.Arrays;

import org.apache.lucene.codecs.lucene104.Lucene104PostingsFormat.IntBlockTermState;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.util.BytesRef;

/**
 * One segment's term dictionary lookups, packed in a few primitive arrays (an open
 * addressing table keyed by field and term bytes, and the states' fields side by side)
 * instead of a map of small objects: the lookups live as long as their segment, and a
 * young collection copies an object graph of tens of thousands of entries each time until
 * it is tenured, while a few large arrays of numbers are cheap to copy or, once large
 * enough, never copied at all. A state of the default postings format is kept as its
 * numbers and rebuilt on each lookup (the copy is the request's own and dies young); any
 * other codec's state is kept as it is.
 */
final class SegmentTermStates {

	/** A lookup of a term the segment does not have. */
	static final int ABSENT = 0;

	/** A lookup of a term the segment has; its state was registered. */
	static final int FOUND = 1;

	/** A term not looked up yet in this segment. */
	static final int UNKNOWN = -1;

	private static final int INITIAL_ENTRIES = 256;

	// The longs of a state: ord, totalTermFreq, blockFilePointer, docStartFP,
	// posStartFP, payStartFP, lastPosBlockOffset.
	private static final int LONGS = 7;

	// The ints of a state: docFreq, termBlockOrd, singletonDocID.
	private static final int INTS = 3;

	private final int maxEntries;

	private int size;

	/** Entry index + 1 per slot, 0 for an empty slot; a power of two long. */
	private int[] slots;

	private int[] hashes;

	private int[] fieldIds;

	private int[] keyStarts;

	private int[] keyLengths;

	private byte[] keyBytes;

	private int keyBytesUsed;

	/**
	 * Each entry's state number, or -1 when the segment lacks the term: most lookups are
	 * of terms a segment lacks, and those keep no state fields.
	 */
	private int[] stateOf;

	private int states;

	private long[] longs;

	private int[] ints;

	/** States of another codec by state number, made only when one is met. */
	private TermState[] others;

	SegmentTermStates(int maxEntries) {
		this.maxEntries = maxEntries;
		reset();
	}

	private void reset() {
		this.size = 0;
		this.slots = new int[INITIAL_ENTRIES * 2];
		this.hashes = new int[INITIAL_ENTRIES];
		this.fieldIds = new int[INITIAL_ENTRIES];
		this.keyStarts = new int[INITIAL_ENTRIES];
		this.keyLengths = new int[INITIAL_ENTRIES];
		this.keyBytes = new byte[INITIAL_ENTRIES * 8];
		this.keyBytesUsed = 0;
		this.stateOf = new int[INITIAL_ENTRIES];
		this.states = 0;
		this.longs = new long[INITIAL_ENTRIES * LONGS];
		this.ints = new int[INITIAL_ENTRIES * INTS];
		this.others = null;
	}

	/** What a lookup adds to the states it registers with. */
	enum Wanted {

		/** The segment's state alone. */
		STATE,

		/** The segment's statistics alone: no state object is made. */
		STATISTICS,

		/** Both. */
		STATE_AND_STATISTICS;

		/**
		 * Adds the segment's share to {@code into}.
		 * @param into the states
		 * @param state the segment's state
		 * @param ord the segment's ordinal
		 * @param docFreq the term's document frequency in the segment
		 * @param totalTermFreq its total frequency in the segment
		 */
		void add(TermStates into, TermState state, int ord, int docFreq, long totalTermFreq) {
			switch (this) {
				case STATE -> into.register(state, ord);
				case STATISTICS -> into.accumulateStatistics(docFreq, totalTermFreq);
				case STATE_AND_STATISTICS -> into.register(state, ord, docFreq, totalTermFreq);
			}
		}

	}

	/**
	 * Adds the term's state or statistics in this segment to {@code into} when the
	 * segment has the term and it was looked up before.
	 * @param key the term
	 * @param into the states to add to
	 * @param ord the segment's ordinal in the states' reader
	 * @param wanted what to add
	 * @return {@link #FOUND}, {@link #ABSENT} or {@link #UNKNOWN} (nothing added)
	 */
	synchronized int register(TermKey key, TermStates into, int ord, Wanted wanted) {
		int entry = find(key);
		if (entry < 0) {
			return UNKNOWN;
		}
		int number = this.stateOf[entry];
		if (number < 0) {
			return ABSENT;
		}
		int docFreq = this.ints[number * INTS];
		long totalTermFreq = this.longs[number * LONGS + 1];
		TermState state = null;
		if (wanted != Wanted.STATISTICS) {
			state = (this.others != null && this.others[number] != null) ? this.others[number] : unpack(number);
		}
		wanted.add(into, state, ord, docFreq, totalTermFreq);
		return FOUND;
	}

	/**
	 * Keeps a lookup's result; a term already kept keeps its first result (the two are
	 * the same: a segment's dictionary never changes).
	 * @param key the term
	 * @param state its state, or {@code null} when the segment lacks the term
	 * @param docFreq its document frequency in the segment
	 * @param totalTermFreq its total frequency in the segment
	 */
	synchronized void keep(TermKey key, TermState state, int docFreq, long totalTermFreq) {
		if (find(key) >= 0) {
			return;
		}
		if (this.size >= this.maxEntries) {
			reset();
		}
		if (this.size == this.hashes.length) {
			grow();
		}
		int entry = this.size++;
		this.hashes[entry] = key.hash();
		this.fieldIds[entry] = key.fieldId();
		BytesRef bytes = key.bytes();
		if (this.keyBytesUsed + bytes.length > this.keyBytes.length) {
			this.keyBytes = Arrays.copyOf(this.keyBytes,
					Math.max(this.keyBytes.length * 2, this.keyBytesUsed + bytes.length));
		}
		System.arraycopy(bytes.bytes, bytes.offset, this.keyBytes, this.keyBytesUsed, bytes.length);
		this.keyStarts[entry] = this.keyBytesUsed;
		this.keyLengths[entry] = bytes.length;
		this.keyBytesUsed += bytes.length;
		this.stateOf[entry] = (state != null) ? pack(state, docFreq, totalTermFreq) : -1;
		insert(entry);
	}

	/**
	 * Terms kept.
	 * @return the count
	 */
	synchronized int size() {
		return this.size;
	}

	/** Keeps a state's fields under a new state number, which it returns. */
	private int pack(TermState state, int docFreq, long totalTermFreq) {
		if (this.states * INTS == this.ints.length) {
			int capacity = this.states * 2;
			this.longs = Arrays.copyOf(this.longs, capacity * LONGS);
			this.ints = Arrays.copyOf(this.ints, capacity * INTS);
			if (this.others != null) {
				this.others = Arrays.copyOf(this.others, capacity);
			}
		}
		int number = this.states++;
		int i = number * INTS;
		int l = number * LONGS;
		this.ints[i] = docFreq;
		this.longs[l + 1] = totalTermFreq;
		if (state.getClass() == IntBlockTermState.class) {
			IntBlockTermState block = (IntBlockTermState) state;
			this.longs[l] = block.ord;
			this.longs[l + 2] = block.blockFilePointer;
			this.longs[l + 3] = block.docStartFP;
			this.longs[l + 4] = block.posStartFP;
			this.longs[l + 5] = block.payStartFP;
			this.longs[l + 6] = block.lastPosBlockOffset;
			this.ints[i + 1] = block.termBlockOrd;
			this.ints[i + 2] = block.singletonDocID;
		}
		else {
			if (this.others == null) {
				this.others = new TermState[this.ints.length / INTS];
			}
			this.others[number] = state;
		}
		return number;
	}

	private TermState unpack(int number) {
		int i = number * INTS;
		int l = number * LONGS;
		IntBlockTermState state = new IntBlockTermState();
		state.docFreq = this.ints[i];
		state.totalTermFreq = this.longs[l + 1];
		state.ord = this.longs[l];
		state.blockFilePointer = this.longs[l + 2];
		state.docStartFP = this.longs[l + 3];
		state.posStartFP = this.longs[l + 4];
		state.payStartFP = this.longs[l + 5];
		state.lastPosBlockOffset = this.longs[l + 6];
		state.termBlockOrd = this.ints[i + 1];
		state.singletonDocID = this.ints[i + 2];
		return state;
	}

	private int find(TermKey key) {
		int mask = this.slots.length - 1;
		BytesRef bytes = key.bytes();
		for (int slot = key.hash() & mask;; slot = (slot + 1) & mask) {
			int entry = this.slots[slot] - 1;
			if (entry < 0) {
				return -1;
			}
			if (this.hashes[entry] == key.hash() && this.fieldIds[entry] == key.fieldId()
					&& sameBytes(this.keyStarts[entry], this.keyLengths[entry], bytes)) {
				return entry;
			}
		}
	}

	/** A plain loop: terms are a few bytes long, too short for a vectorised compare. */
	private boolean sameBytes(int start, int length, BytesRef bytes) {
		if (length != bytes.length) {
			return false;
		}
		byte[] kept = this.keyBytes;
		byte[] other = bytes.bytes;
		int offset = bytes.offset - start;
		for (int i = start; i < start + length; i++) {
			if (kept[i] != other[i + offset]) {
				return false;
			}
		}
		return true;
	}

	private void insert(int entry) {
		if (this.size * 2 > this.slots.length) {
			this.slots = new int[this.slots.length * 2];
			for (int e = 0; e < this.size; e++) {
				place(e);
			}
		}
		else {
			place(entry);
		}
	}

	private void place(int entry) {
		int mask = this.slots.length - 1;
		int slot = this.hashes[entry] & mask;
		while (this.slots[slot] != 0) {
			slot = (slot + 1) & mask;
		}
		this.slots[slot] = entry + 1;
	}

	private void grow() {
		int capacity = this.hashes.length * 2;
		this.hashes = Arrays.copyOf(this.hashes, capacity);
		this.fieldIds = Arrays.copyOf(this.fieldIds, capacity);
		this.keyStarts = Arrays.copyOf(this.keyStarts, capacity);
		this.keyLengths = Arrays.copyOf(this.keyLengths, capacity);
		this.stateOf = Arrays.copyOf(this.stateOf, capacity);
	}

}
