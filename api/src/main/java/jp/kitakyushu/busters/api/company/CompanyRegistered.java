package jp.kitakyushu.busters.api.company;

/**
 * A company was registered by its first member; it waits for staff to verify it.
 *
 * @param companyId the store id of the company
 */
public record CompanyRegistered(String companyId) implements CompanyEvent {
}
