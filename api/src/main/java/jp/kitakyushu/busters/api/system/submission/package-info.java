/**
 * Guards on submissions: rate limits per user and per address, and idempotency keys so a
 * retried submission returns the first result instead of creating a second one.
 */
@NamedInterface("submission")
@NullMarked
package jp.kitakyushu.busters.api.system.submission;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
