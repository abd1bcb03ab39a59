package jp.kitakyushu.busters.search.index;

import java.io.IOException;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;

/**
 * Decides at open whether the index on disk can be used as it is, and clears it when not.
 */
final class IndexInspection {

	private IndexInspection() {
	}

	/**
	 * Why the index must be rebuilt, or {@code null} if it is usable: missing, written by
	 * another analysis version, or unreadable. Every file's checksum is verified, so
	 * garbage anywhere in a segment is found here rather than by a user's query later.
	 */
	static @Nullable String reasonToRebuild(Directory directory, String analysisVersion) {
		try {
			if (!DirectoryReader.indexExists(directory)) {
				return "no index found";
			}
			CommitData commit = CommitData.from(SegmentInfos.readLatestCommit(directory).getUserData());
			if (!analysisVersion.equals(commit.analysisVersion())) {
				return "analysis version changed from " + commit.analysisVersion() + " to " + analysisVersion;
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				for (LeafReaderContext leaf : reader.leaves()) {
					leaf.reader().checkIntegrity();
				}
			}
			return null;
		}
		catch (IOException | RuntimeException ex) {
			return "index unreadable (" + ex + ")";
		}
	}

	/**
	 * Deletes every index file but the lock, which the writer about to be opened will
	 * hold.
	 */
	static void clear(Directory directory) throws IOException {
		for (String file : directory.listAll()) {
			if (!IndexWriter.WRITE_LOCK_NAME.equals(file)) {
				directory.deleteFile(file);
			}
		}
	}

}
