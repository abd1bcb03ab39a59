package jp.kitakyushu.busters.api.company;

/**
 * Staff suspended the company, with a reason.
 *
 * @param companyId the store id of the company
 */
public record CompanySuspended(String companyId) implements CompanyEvent {
}
