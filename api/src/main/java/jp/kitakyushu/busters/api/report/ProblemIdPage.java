package jp.kitakyushu.busters.api.report;

import java.util.List;

/**
 * A page of problem ids and how many match in all.
 *
 * @param ids the page's store ids
 * @param total how many problems match
 */
public record ProblemIdPage(List<String> ids, long total) {
}
