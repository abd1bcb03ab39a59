/**
 * A verified company's public profile, where search results about companies lead.
 */
@NullMarked
package jp.kitakyushu.busters.web.visitor.companies;

import org.jspecify.annotations.NullMarked;
