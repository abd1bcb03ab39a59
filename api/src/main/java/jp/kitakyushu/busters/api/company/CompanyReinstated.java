package jp.kitakyushu.busters.api.company;

/**
 * Staff lifted the company's suspension.
 *
 * @param companyId the store id of the company
 */
public record CompanyReinstated(String companyId) implements CompanyEvent {
}
