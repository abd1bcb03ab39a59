package jp.kitakyushu.busters.api.company;

/**
 * A past record of a company was brought in, in the state it had reached.
 *
 * @param companyId the store id of the company
 */
public record CompanyImported(String companyId) implements CompanyEvent {
}
