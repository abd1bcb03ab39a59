package jp.kitakyushu.busters.search.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.SearchDocument;

/**
 * Synthesises realistic documents by recombining sentences of the evaluation data
 * (Japanese and English) with the category and ward vocabulary of the platform.
 */
final class DocumentGenerator {

	static final List<String> CATEGORIES = List.of("子育て", "高齢者・福祉", "防災・安全", "交通・移動", "環境・ごみ", "観光・にぎわい", "産業・雇用", "教育",
			"行政手続き", "その他");

	static final List<String> WARDS = List.of("門司区", "小倉北区", "小倉南区", "若松区", "八幡東区", "八幡西区", "戸畑区", "市全域");

	private static final List<String> FALLBACK = List.of("高齢者のごみ出しを手伝う人がいない。", "バス停に屋根がなく雨の日に困る。", "区役所の窓口の待ち時間が長い。",
			"The bus stop has no shelter.", "Vacant houses attract illegal dumping.");

	private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	private final List<String> japanese = new ArrayList<>();

	private final List<String> english = new ArrayList<>();

	private final Random random;

	private final boolean fromData;

	private final Instant base = Instant.parse("2026-01-01T00:00:00Z");

	DocumentGenerator(Path dataDirectory, long seed) throws IOException {
		this.random = new Random(seed);
		if (Files.isDirectory(dataDirectory)) {
			try (Stream<Path> files = Files.list(dataDirectory)) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".jsonl")).sorted().toList()) {
					for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
						Matcher text = TEXT.matcher(line);
						if (text.find()) {
							split(text.group(1).replace("\\n", " ").replace("\\\"", "\""));
						}
					}
				}
			}
		}
		this.fromData = !this.japanese.isEmpty() && !this.english.isEmpty();
		if (!this.fromData) {
			FALLBACK.forEach(this::split);
		}
	}

	private void split(String text) {
		for (String sentence : text.split("(?<=[。！？])|(?<=\\. )")) {
			String s = sentence.strip();
			if (s.length() < 8) {
				continue;
			}
			if (s.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA)) {
				this.japanese.add(s);
			}
			else {
				this.english.add(s);
			}
		}
	}

	/** Where the sentences came from, for the benchmark's report. */
	String describe(Path dataDirectory) {
		return String.format(Locale.ROOT, "%d Japanese and %d English sentences from %s", this.japanese.size(),
				this.english.size(), this.fromData ? dataDirectory.toAbsolutePath().normalize()
						: "the built-in fallback (no evaluation data there)");
	}

	/** Japanese four times out of five, like the platform's content. */
	String text(int sentences) {
		List<String> pool = (this.random.nextInt(5) < 4) ? this.japanese : this.english;
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < sentences; i++) {
			text.append(pool.get(this.random.nextInt(pool.size())));
			text.append(pool == this.english ? " " : "");
		}
		return text.toString().strip();
	}

	/** A few characters of a Japanese sentence, as a user types into a search box. */
	String query() {
		while (true) {
			String sentence = this.japanese.get(this.random.nextInt(this.japanese.size()));
			int start = this.random.nextInt(Math.max(1, sentence.length() - 6));
			String query = sentence.substring(start, Math.min(sentence.length(), start + 2 + this.random.nextInt(6)));
			if (query.codePoints().anyMatch(Character::isLetterOrDigit)) {
				return query;
			}
		}
	}

	SearchDocument problem(int i, int themes) {
		SearchDocument.Builder doc = document("problem-" + i, DocumentType.PROBLEM, i, 1 + this.random.nextInt(3));
		if (themes > 0 && this.random.nextInt(10) == 0) {
			doc.attribute(SearchDocument.THEME_ID, "theme-" + this.random.nextInt(themes));
		}
		return doc.status("PUBLISHED").attribute("visibility", "PUBLIC").build();
	}

	SearchDocument proposal(int i, int themes) {
		return document("proposal-" + i, DocumentType.PROPOSAL, i, 3 + this.random.nextInt(4)).status("SUBMITTED")
			.attribute(SearchDocument.THEME_ID, "theme-" + this.random.nextInt(Math.max(1, themes)))
			.attribute("visibility", "RESTRICTED")
			.build();
	}

	SearchDocument theme(int i) {
		return document("theme-" + i, DocumentType.THEME, i, 3 + this.random.nextInt(3)).status("OPEN").build();
	}

	private SearchDocument.Builder document(String id, DocumentType type, int i, int sentences) {
		String text = text(sentences);
		String title = text.substring(0, Math.min(text.length(), 20 + this.random.nextInt(20)));
		return SearchDocument.builder(id, type, this.base.plusSeconds(i))
			.title(title)
			.text(text)
			.category(CATEGORIES.get(this.random.nextInt(CATEGORIES.size())))
			.ward(WARDS.get(this.random.nextInt(WARDS.size())));
	}

}
