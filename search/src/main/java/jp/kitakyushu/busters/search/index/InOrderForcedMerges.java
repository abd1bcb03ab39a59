package jp.kitakyushu.busters.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;

/**
 * A merge policy whose merge down to one segment keeps the documents in index order,
 * other merges being the wrapped policy's.
 */
final class InOrderForcedMerges extends FilterMergePolicy {

	InOrderForcedMerges(MergePolicy in) {
		super(in);
	}

	/**
	 * One merge of every segment asked for, in the order the index holds them: a tiered
	 * policy would merge the largest first and so renumber the documents, and matching
	 * breaks ties between equal scores by document number, so a compacted index would
	 * rank some equal answers otherwise than the same index before.
	 */
	@Override
	public MergeSpecification findForcedMerges(SegmentInfos infos, int maxSegmentCount,
			Map<SegmentCommitInfo, Boolean> segmentsToMerge, MergeContext context) throws IOException {
		if (maxSegmentCount != 1) {
			return super.findForcedMerges(infos, maxSegmentCount, segmentsToMerge, context);
		}
		List<SegmentCommitInfo> segments = new ArrayList<>();
		for (SegmentCommitInfo info : infos) {
			if (segmentsToMerge.containsKey(info)) {
				if (context.getMergingSegments().contains(info)) {
					// Another merge holds it; the wrapped policy knows how to wait.
					return super.findForcedMerges(infos, maxSegmentCount, segmentsToMerge, context);
				}
				segments.add(info);
			}
		}
		if (segments.isEmpty() || (segments.size() == 1 && context.numDeletesToMerge(segments.get(0)) == 0)) {
			return null;
		}
		MergeSpecification merges = new MergeSpecification();
		merges.add(new OneMerge(segments));
		return merges;
	}

}
