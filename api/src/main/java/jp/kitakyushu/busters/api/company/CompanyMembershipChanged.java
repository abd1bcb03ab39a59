package jp.kitakyushu.busters.api.company;

/**
 * Published after someone became or stopped being a member of a company (registered it,
 * joined it, left it or was removed), so what follows membership outside the store, such
 * as the realm role {@code company} in Keycloak, can catch up.
 *
 * @param companyId the store id of the company
 * @param subject the Keycloak subject whose membership changed
 */
public record CompanyMembershipChanged(String companyId, String subject) {
}
