package jp.kitakyushu.busters.search.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldsTests {

	@Test
	void foldsAreDisjointStratifiedAndReproducible() {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			rows.add(new Row("a" + i, "text", "A"));
		}
		for (int i = 0; i < 10; i++) {
			rows.add(new Row("b" + i, "text", "B"));
		}
		List<List<Row>> folds = Folds.stratified(rows, 5, 1);
		Set<Row> all = new HashSet<>();
		for (List<Row> fold : folds) {
			assertThat(fold.stream().filter((row) -> row.label().equals("A"))).hasSize(10);
			assertThat(fold.stream().filter((row) -> row.label().equals("B"))).hasSize(2);
			all.addAll(fold);
		}
		assertThat(all).hasSize(60);
		assertThat(Folds.stratified(rows, 5, 1)).isEqualTo(folds);
		assertThat(Folds.stratified(rows, 5, 2)).isNotEqualTo(folds);
	}

}
