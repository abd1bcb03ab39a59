package jp.kitakyushu.busters.search.analysis;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlacesTests {

	private final Places places = Places.get();

	@Test
	void findsTheLongestNameAtEachPosition() {
		assertThat(names("小倉駅のバス停と門司港レトロの公衆トイレ")).containsExactly("小倉駅", "門司港レトロ");
		assertThat(names("門司区大里のバス停")).containsExactly("門司区", "大里");
	}

	@Test
	void findsRomanisedNamesAsWholeWordsOnly() {
		assertThat(names("The bus stop near Kokura Station in Kokura Kita")).containsExactly("小倉駅", "小倉北区");
		assertThat(names("Ｋｏｋｕｒａ　Ｓｔａｔｉｏｎ")).containsExactly("小倉駅");
		assertThat(names("Shiitake mushrooms")).isEmpty();
	}

	@Test
	void knowsWardsOfPlacesAndWideNames() {
		Places.Place station = this.places.named("小倉駅");
		assertThat(station).isNotNull();
		assertThat(station.wards()).containsExactly("KOKURA_KITA");
		assertThat(station.ward()).isFalse();
		assertThat(this.places.named("小倉南区").ward()).isTrue();
		assertThat(this.places.named("小倉").ward()).isTrue();
		assertThat(this.places.named("小倉").wards()).containsExactlyInAnyOrder("KOKURA_KITA", "KOKURA_MINAMI");
		assertThat(this.places.named("若戸渡船").wards()).containsExactlyInAnyOrder("WAKAMATSU", "TOBATA");
	}

	@Test
	void textsWithoutPlacesFindNone() {
		assertThat(this.places.find("")).isEmpty();
		assertThat(this.places.find("バス停に屋根がない")).isEmpty();
		assertThat(this.places.find("สวัสดีครับ")).isEmpty();
	}

	private List<String> names(String text) {
		Set<Places.Place> found = this.places.find(text);
		return found.stream().map(Places.Place::name).toList();
	}

}
