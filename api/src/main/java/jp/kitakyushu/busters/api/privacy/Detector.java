package jp.kitakyushu.busters.api.privacy;

import java.util.List;

/**
 * Finds one kind of personal data in folded text (see {@link TextFold}).
 */
interface Detector {

	/**
	 * Adds every candidate found to {@code out}; candidates may overlap, the redactor
	 * resolves that.
	 * @param folded the folded text, same length as the original
	 * @param out where to add findings
	 */
	void detect(String folded, List<Finding> out);

}
