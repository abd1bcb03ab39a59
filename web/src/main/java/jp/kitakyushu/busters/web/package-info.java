/**
 * The Busters web pages, one package per feature, talking to the api only through
 * GraphQL.
 */
@NullMarked
package jp.kitakyushu.busters.web;

import org.jspecify.annotations.NullMarked;
