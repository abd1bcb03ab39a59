/**
 * The MongoDB store: an embedded MongoDB-wire-compatible server when no URI is
 * configured, and a health check that works against both it and a real MongoDB.
 */
@NullMarked
package jp.kitakyushu.busters.api.system.store;

import org.jspecify.annotations.NullMarked;
