/**
 * The company's proposals: the editor (with the themes the text fits, live where
 * JavaScript runs, on request where it does not), saving a draft, submitting before the
 * deadline, withdrawing before a decision, and each proposal followed to its result:
 * decision and reason, the fund's allocation and payments per milestone, progress
 * reports. A proposal that is not one of my organisations' is "not found", exactly like
 * one that does not exist.
 */
@NullMarked
package jp.kitakyushu.busters.web.company.proposals;

import org.jspecify.annotations.NullMarked;
