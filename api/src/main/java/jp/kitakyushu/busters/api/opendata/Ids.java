package jp.kitakyushu.busters.api.opendata;

import java.util.List;

import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import org.jspecify.annotations.Nullable;

/**
 * The API's global ids in the open data, so a row can be looked up with
 * {@code node(id:)}.
 */
final class Ids {

	private Ids() {
	}

	static String problem(String id) {
		return GlobalId.encode("Problem", id);
	}

	static String theme(String id) {
		return GlobalId.encode("Theme", id);
	}

	static String proposal(String id) {
		return GlobalId.encode("Proposal", id);
	}

	static @Nullable String entry(@Nullable String id) {
		return (id != null) ? GlobalId.encode("FundEntry", id) : null;
	}

	static @Nullable String metrics(@Nullable String id) {
		return (id != null) ? GlobalId.encode("OutcomeMetrics", id) : null;
	}

	static String themes(List<String> ids) {
		return String.join(" ", ids.stream().map(Ids::theme).toList());
	}

	static String proposals(List<String> ids) {
		return String.join(" ", ids.stream().map(Ids::proposal).toList());
	}

}
