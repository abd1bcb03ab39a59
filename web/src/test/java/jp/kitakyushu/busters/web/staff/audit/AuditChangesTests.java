package jp.kitakyushu.busters.web.staff.audit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An audit entry's change written as lines: values set, and values changed from one to
 * another.
 */
class AuditChangesTests {

	@Test
	void changesAreWrittenOneLinePerField() {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("status", List.of("SUBMITTED", "PUBLISHED"));
		change.put("amount", 1_000_000);
		change.put("mergedInto", Arrays.asList(null, "p2"));
		assertThat(AuditChanges.describe(change)).containsExactly("status: SUBMITTED → PUBLISHED", "amount: 1000000",
				"mergedInto: null → p2");
		assertThat(AuditChanges.describe(null)).isEmpty();
		assertThat(AuditChanges.describe(Map.of("title", "あ".repeat(300))).get(0)).endsWith("…").hasSize(208);
	}

}
