package jp.kitakyushu.busters.api.system.submission;

/**
 * Who submits something and from where, for rate limits: what a service needs of the
 * request, without the request's transport.
 *
 * @param subject the submitting user's subject, or the channel's name for submissions
 * without an account
 * @param address the client's network address, {@code unknown} when there is none
 */
public record Submitter(String subject, String address) {
}
