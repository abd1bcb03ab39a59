package jp.kitakyushu.busters.web.company.onboarding;

import org.jspecify.annotations.Nullable;

/**
 * The invitation code a colleague passed on.
 *
 * @param code the code, e.g. ABCD-EFGH-JKMN-PQRS
 */
record JoinForm(@Nullable String code) {
}
