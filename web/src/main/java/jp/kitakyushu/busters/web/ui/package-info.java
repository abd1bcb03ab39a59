/**
 * What pages share to show things the same way everywhere: the pager, highlighted text,
 * the way a mutation's user errors become field errors, formatters for wards, categories,
 * yen and dates, status badges and charts. Templates use them through the fragments under
 * {@code templates/ui/}.
 */
@NullMarked
package jp.kitakyushu.busters.web.ui;

import org.jspecify.annotations.NullMarked;
