package jp.kitakyushu.busters.api.company;

/**
 * Published after a company is stored, so derived data (the matching index) can follow.
 *
 * @param companyId the store id of the company
 */
public record CompanyChanged(String companyId) {
}
