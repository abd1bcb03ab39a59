/**
 * Proposals and their evaluation: a theme's proposals ranked by score with how well they
 * fit, how far reviewers disagree and how many have scored; one proposal with the blind
 * scoring form (0–5 and a comment per criterion) and the decisions (shortlist, select,
 * decline with a reason, start, complete).
 */
@NullMarked
package jp.kitakyushu.busters.web.staff.evaluation;

import org.jspecify.annotations.NullMarked;
