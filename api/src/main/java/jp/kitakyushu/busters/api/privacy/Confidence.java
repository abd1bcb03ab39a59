package jp.kitakyushu.busters.api.privacy;

/**
 * How sure the detector is that a finding is personal data. Both are hidden from the
 * public; the difference tells staff where to look first when they review a post.
 */
public enum Confidence {

	/**
	 * Sure: a shape that is personal data wherever it appears (a phone number, an address
	 * down to the house) or a name introduced by a cue (さん, 私は…です, "my name is").
	 */
	MASKED,

	/**
	 * Unsure: a possible name or address without a cue, such as a dictionary surname in
	 * running text or a signature line. Hidden until staff decide.
	 */
	FLAGGED

}
