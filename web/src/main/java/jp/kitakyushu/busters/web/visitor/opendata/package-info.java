/**
 * The open-data page: the data sets the api publishes, their licence and data dictionary,
 * and the files themselves passed through from the api, so a visitor only ever talks to
 * this site.
 */
@NullMarked
package jp.kitakyushu.busters.web.visitor.opendata;

import org.jspecify.annotations.NullMarked;
