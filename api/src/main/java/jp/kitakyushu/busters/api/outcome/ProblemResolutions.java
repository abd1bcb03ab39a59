package jp.kitakyushu.busters.api.outcome;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which problems a proposal's demonstration resolved, kept here so an outcome is read
 * without searching the problem module's store.
 *
 * @param id the proposal's store id
 * @param problemIds the problems' store ids, in the order they were resolved
 * @param updatedAt when the list last grew
 */
@Document("outcome_resolutions")
record ProblemResolutions(@Id String id, List<String> problemIds, Instant updatedAt) {
}
