/**
 * A selected proposal's public page: its title and summary, nothing of its approach,
 * money or company.
 */
@NullMarked
package jp.kitakyushu.busters.web.visitor.proposals;

import org.jspecify.annotations.NullMarked;
