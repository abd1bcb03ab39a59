package jp.kitakyushu.busters.api.report;

/**
 * How many things are in one status.
 *
 * @param status the status's name, as the schema's enum spells it
 * @param count how many
 */
record StatusCount(String status, long count) {
}
