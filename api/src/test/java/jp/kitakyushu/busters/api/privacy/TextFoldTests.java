package jp.kitakyushu.busters.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which posts the English-only rules read: mostly ASCII letters, Japanese counted
 * against.
 */
class TextFoldTests {

	@Test
	void anEnglishPostWithAJapaneseWordIsMostlyLatin() {
		assertThat(TextFold.mostlyLatin("The bench at 小倉 station is broken again.", 400, 3)).isTrue();
	}

	@Test
	void aJapanesePostWithAnEnglishWordIsNot() {
		assertThat(TextFold.mostlyLatin("小倉駅前のベンチが壊れています。Please fix it.", 400, 3)).isFalse();
	}

	@Test
	void onlyTheFirstCharactersCountWhenLimited() {
		String post = "English words first, then a long Japanese part: " + "あ".repeat(100);
		assertThat(TextFold.mostlyLatin(post, 45, 3)).isTrue();
		assertThat(TextFold.mostlyLatin(post, Integer.MAX_VALUE, 3)).isFalse();
	}

}
