/**
 * The GraphQL conventions every feature follows: global ids, Relay connections, payloads
 * with user errors, and the limits that keep queries affordable.
 */
@NamedInterface("graphql")
@NullMarked
package jp.kitakyushu.busters.api.system.graphql;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
