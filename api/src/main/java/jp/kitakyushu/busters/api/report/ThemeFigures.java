package jp.kitakyushu.busters.api.report;

import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeStatus;

/**
 * What became of one theme: its status now, the problems it took up, the proposals it
 * received and selected, the money that went to them and the problems they solved.
 *
 * @param theme the theme
 * @param status its status now
 * @param sourceProblems the problems it was curated from
 * @param proposals proposals submitted to it and not withdrawn
 * @param selected proposals selected (including those running or completed)
 * @param allocated yen allocated to its proposals, net of reversals
 * @param disbursed yen paid out to its proposals, net of reversals
 * @param resolvedProblems problems its proposals solved
 */
record ThemeFigures(Theme theme, ThemeStatus status, long sourceProblems, long proposals, long selected, long allocated,
		long disbursed, long resolvedProblems) {
}
