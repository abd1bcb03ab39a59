package jp.kitakyushu.busters.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.fst.ByteSequenceOutputs;
import org.apache.lucene.util.fst.FST;

/**
 * Saves and loads a compiled {@link SynonymMap} (its FST and output words), so the maps
 * built from tens of thousands of dictionary entries at build time load in milliseconds.
 */
final class SynonymMapFile {

	private static final int MAGIC = 0x42534d31;

	private SynonymMapFile() {
	}

	static void write(SynonymMap map, OutputStream stream) throws IOException {
		DataOutput out = new OutputStreamDataOutput(stream);
		out.writeInt(MAGIC);
		out.writeVInt(map.maxHorizontalContext);
		out.writeVInt(map.words.size());
		BytesRef scratch = new BytesRef();
		for (int i = 0; i < map.words.size(); i++) {
			map.words.get(i, scratch);
			out.writeVInt(scratch.length);
			out.writeBytes(scratch.bytes, scratch.offset, scratch.length);
		}
		out.writeByte((byte) ((map.fst != null) ? 1 : 0));
		if (map.fst != null) {
			map.fst.save(out, out);
		}
	}

	static SynonymMap read(InputStream stream) throws IOException {
		DataInput in = new InputStreamDataInput(stream);
		if (in.readInt() != MAGIC) {
			throw new IOException("not a compiled synonym map");
		}
		int maxHorizontalContext = in.readVInt();
		int count = in.readVInt();
		BytesRefHash words = new BytesRefHash();
		for (int i = 0; i < count; i++) {
			byte[] bytes = new byte[in.readVInt()];
			in.readBytes(bytes, 0, bytes.length);
			if (words.add(new BytesRef(bytes)) != i) {
				throw new IOException("duplicate word in a compiled synonym map");
			}
		}
		FST<BytesRef> fst = null;
		if (in.readByte() == 1) {
			fst = new FST<>(FST.readMetadata(in, ByteSequenceOutputs.getSingleton()), in);
		}
		return new SynonymMap(fst, words, maxHorizontalContext);
	}

}
