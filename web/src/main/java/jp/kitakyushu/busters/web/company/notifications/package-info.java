/**
 * The notifications of a company's member: a proposal shortlisted, selected or declined,
 * a payment made; each marked read when opened.
 */
@NullMarked
package jp.kitakyushu.busters.web.company.notifications;

import org.jspecify.annotations.NullMarked;
