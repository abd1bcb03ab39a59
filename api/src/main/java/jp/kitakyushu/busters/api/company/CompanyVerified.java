package jp.kitakyushu.busters.api.company;

/**
 * Staff verified the company; its profile is public and it may propose.
 *
 * @param companyId the store id of the company
 */
public record CompanyVerified(String companyId) implements CompanyEvent {
}
