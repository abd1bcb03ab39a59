package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates of birth written with an era and kanji numerals (平成二十八年六月一日, 令和元年十二月二十四日)
 * in a post that asks for dates of birth or right before 生.
 */
final class EraBirthDates {

	private static final String NUM = "[0-9一二三四五六七八九〇十]{1,3}";

	private static final Pattern ERA_DATE = Pattern
		.compile("(?:明治|大正|昭和|平成|令和)(?:元|" + NUM + ")年" + NUM + "月" + NUM + "日(?<after>生|うまれ| ?生まれ)?");

	/** A post that asks for, or lists, dates of birth. */
	private static final Pattern BIRTH_HEADER = Pattern.compile("生年月日|誕生日");

	private EraBirthDates() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (!TextFold.isJapanese(folded)) {
			return;
		}
		boolean header = BIRTH_HEADER.matcher(folded).find();
		List<Finding> added = new ArrayList<>();
		Matcher date = ERA_DATE.matcher(folded);
		while (date.find()) {
			if (header || date.group("after") != null) {
				int end = (date.group("after") != null) ? date.start("after") : date.end();
				added.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, date.start(), end));
			}
		}
		candidates.addAll(added);
	}

}
