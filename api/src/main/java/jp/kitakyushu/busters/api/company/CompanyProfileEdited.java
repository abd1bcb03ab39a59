package jp.kitakyushu.busters.api.company;

/**
 * A member changed the company's name, description, capabilities or tags.
 *
 * @param companyId the store id of the company
 */
public record CompanyProfileEdited(String companyId) implements CompanyEvent {
}
