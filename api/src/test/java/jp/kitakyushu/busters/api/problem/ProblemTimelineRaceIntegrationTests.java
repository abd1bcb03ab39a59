package jp.kitakyushu.busters.api.problem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances that follow the same first change of a problem's status, with no timeline
 * stored yet (a submission stores none), store its timeline once and announce the change
 * once, whichever of them inserts first: the other's insert meets the stored timeline and
 * its conditional append finds the status already there.
 */
class ProblemTimelineRaceIntegrationTests extends ApiIntegrationTest {

	/** Enough problems that the two instances' inserts meet at least once in a run. */
	private static final int PROBLEMS = 12;

	@Autowired
	private Clock clock;

	@Test
	void twoInstancesFollowingOneFirstChangeStoreAndAnnounceItOnce() throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < PROBLEMS; i++) {
			String id = citizen()
				.runNamed("problemSubmit",
						Map.of("input",
								Map.of("title", "街灯が消えている " + i, "body", "夜になると道が暗くて危ないです。", "category",
										"DISASTER_SAFETY", "ward", "TOBATA")))
				.data("problemSubmit", "problem", "id")
				.asString();
			ids.add(GlobalId.idOf(id, "Problem").orElseThrow());
		}
		assertThat(this.mongo.getCollection("problem_timelines").countDocuments()).isZero();
		// Staff published each on instance A; the store has the new status, and both
		// instances now follow the event.
		this.mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)), new Update().set("status", "PUBLISHED"),
				Problem.class);

		List<ProblemStatusChanged> announced = new CopyOnWriteArrayList<>();
		ProblemTimelineRecorder instanceA = new ProblemTimelineRecorder(this.mongo, this.clock,
				(event) -> announced.add((ProblemStatusChanged) event));
		ProblemTimelineRecorder instanceB = new ProblemTimelineRecorder(this.mongo, this.clock,
				(event) -> announced.add((ProblemStatusChanged) event));
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (String id : ids) {
				CyclicBarrier together = new CyclicBarrier(2);
				Future<?> a = threads.submit(() -> follow(instanceA, together, id));
				Future<?> b = threads.submit(() -> follow(instanceB, together, id));
				a.get(10, TimeUnit.SECONDS);
				b.get(10, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(announced).hasSize(PROBLEMS);
		assertThat(announced).extracting(ProblemStatusChanged::problemId).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(announced).allSatisfy((changed) -> {
			assertThat(changed.from()).isEqualTo(ProblemStatus.SUBMITTED);
			assertThat(changed.to()).isEqualTo(ProblemStatus.PUBLISHED);
		});
		for (String id : ids) {
			ProblemTimeline timeline = this.mongo.findById(id, ProblemTimeline.class);
			assertThat(timeline).as("timeline of %s", id).isNotNull();
			assertThat(timeline.getLastStatus()).isEqualTo(ProblemStatus.PUBLISHED);
			assertThat(timeline.getSteps()).extracting(ProblemTimeline.Step::status)
				.containsExactly(ProblemStatus.SUBMITTED, ProblemStatus.PUBLISHED);
		}
	}

	private static Void follow(ProblemTimelineRecorder instance, CyclicBarrier together, String id) throws Exception {
		together.await(10, TimeUnit.SECONDS);
		instance.on(new ProblemPublished(id));
		return null;
	}

}
