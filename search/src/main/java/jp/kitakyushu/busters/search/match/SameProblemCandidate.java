package jp.kitakyushu.busters.search.match;

/**
 * A problem considered as "the same problem", with the features the model weighed; for
 * evaluating and fitting {@link SameProblemModel}.
 *
 * @param id document id
 * @param retrievalScore its score in the first, topical retrieval
 * @param features its features, in the order of {@link SameProblemModel#FEATURES}
 * @param sameness the model's probability that it is the same problem
 */
public record SameProblemCandidate(String id, float retrievalScore, float[] features, float sameness) {
}
