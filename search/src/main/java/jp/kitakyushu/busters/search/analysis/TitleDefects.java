package jp.kitakyushu.busters.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The thing a Japanese problem title says is wrong: the noun its first and its last
 * predicate are about (屋根 in 屋根がなく…, 時刻表 in 時刻表が日焼けして読めない, 弁当作り in 弁当作りが負担). Two posts
 * about the same bus stop are one problem only when they speak of the same thing.
 */
final class TitleDefects {

	/** Nouns that carry no thing of their own (気になる, こと, ところ). */
	private static final Set<String> EMPTY_NOUNS = Set.of("気", "こと", "事", "もの", "物", "ところ", "所", "ため", "よう", "方", "ほう",
			"何", "ほか", "他");

	/** Verbs that predicate nothing by themselves. */
	private static final Set<String> LIGHT_VERBS = Set.of("する", "ある", "いる", "なる", "れる", "られる", "せる", "させる", "おる", "しまう",
			"くる", "いく");

	private TitleDefects() {
	}

	/**
	 * The defect nouns of a title as index terms of the given analysis, empty for a title
	 * with no Japanese predicate.
	 */
	static Set<String> of(String title, Analyzer japanese) {
		List<Token> tokens = tokens(title);
		List<Integer> predicates = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			if (isPredicate(tokens, i)) {
				predicates.add(i);
			}
		}
		Set<String> terms = new LinkedHashSet<>();
		if (predicates.isEmpty()) {
			return terms;
		}
		for (int predicate : new LinkedHashSet<>(List.of(predicates.get(0), predicates.get(predicates.size() - 1)))) {
			String argument = argument(tokens, predicate);
			if (argument != null) {
				terms.addAll(analyse(argument, japanese));
			}
		}
		return terms;
	}

	private static boolean isPredicate(List<Token> tokens, int i) {
		Token token = tokens.get(i);
		if (token.pos.startsWith("形容詞-自立") || token.pos.startsWith("名詞-形容動詞語幹")
				|| (token.pos.startsWith("助動詞") && ("ない".equals(token.base) || "ぬ".equals(token.base)))) {
			return true;
		}
		if (token.pos.startsWith("動詞-自立")) {
			return !LIGHT_VERBS.contains(token.base);
		}
		// 日焼けして, 負担 at the end of a title: a verbal noun is the predicate.
		boolean verbal = token.pos.startsWith("名詞-サ変接続");
		boolean last = i == tokens.size() - 1 || tokens.get(i + 1).pos.startsWith("記号");
		boolean followedBySuru = i + 1 < tokens.size() && "する".equals(tokens.get(i + 1).base);
		return verbal && (last || followedBySuru);
	}

	/** The nearest run of content nouns before a predicate, particles skipped. */
	private static String argument(List<Token> tokens, int predicate) {
		int end = predicate - 1;
		while (end >= 0) {
			while (end >= 0 && !isNoun(tokens.get(end))) {
				if (tokens.get(end).pos.startsWith("記号") || isPredicate(tokens, end)) {
					return null;
				}
				end--;
			}
			int start = end;
			while (start - 1 >= 0 && isNoun(tokens.get(start - 1))) {
				start--;
			}
			if (end < 0) {
				return null;
			}
			StringBuilder run = new StringBuilder();
			for (int i = start; i <= end; i++) {
				run.append(tokens.get(i).surface);
			}
			if (!EMPTY_NOUNS.contains(run.toString())) {
				return run.toString();
			}
			end = start - 1;
		}
		return null;
	}

	private static boolean isNoun(Token token) {
		return token.pos.startsWith("名詞") && !token.pos.startsWith("名詞-数") && !token.pos.startsWith("名詞-代名詞")
				&& !token.pos.startsWith("名詞-非自立") && !token.pos.startsWith("名詞-接尾-助数詞")
				&& !token.pos.startsWith("名詞-固有名詞-地域") && !token.pos.startsWith("名詞-接尾-地域");
	}

	private static List<String> analyse(String phrase, Analyzer japanese) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = japanese.tokenStream("", phrase)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private static List<Token> tokens(String title) {
		List<Token> tokens = new ArrayList<>();
		try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, true, JapaneseTokenizer.Mode.NORMAL)) {
			CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
			PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
			BaseFormAttribute base = tokenizer.addAttribute(BaseFormAttribute.class);
			tokenizer.setReader(new StringReader(title));
			tokenizer.reset();
			while (tokenizer.incrementToken()) {
				String surface = term.toString();
				tokens.add(new Token(surface, (pos.getPartOfSpeech() != null) ? pos.getPartOfSpeech() : "",
						(base.getBaseForm() != null) ? base.getBaseForm() : surface));
			}
			tokenizer.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private record Token(String surface, String pos, String base) {
	}

}
