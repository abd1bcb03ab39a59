package jp.kitakyushu.busters.api.company;

/**
 * Someone joined or left the company, or the management of members passed to another
 * member.
 *
 * @param companyId the store id of the company
 */
public record CompanyMembersChanged(String companyId) implements CompanyEvent {
}
