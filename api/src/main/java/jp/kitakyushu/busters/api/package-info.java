/**
 * The Busters GraphQL API, one package per feature of the programme cycle.
 */
@NullMarked
package jp.kitakyushu.busters.api;

import org.jspecify.annotations.NullMarked;
