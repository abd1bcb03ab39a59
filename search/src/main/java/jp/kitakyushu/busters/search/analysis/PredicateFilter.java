package jp.kitakyushu.busters.search.analysis;

import java.io.IOException;
import java.util.Set;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps the predicates of a Japanese sentence in their base form: content verbs,
 * adjectives and adjectival nouns, with every negation written as {@link #NEGATION}. What
 * a problem says is wrong lives there: 屋根がない (no roof) and 時刻表が読めない (the timetable cannot
 * be read) share no predicate, though both are about a bus stop.
 */
final class PredicateFilter extends TokenFilter {

	/** The one token every negation and absence becomes (ない, なく, ず, ぬ). */
	static final String NEGATION = "ない";

	/**
	 * Light verbs and words of asking or feeling that every problem text has: they tell
	 * nothing about which problem it is.
	 */
	private static final Set<String> LIGHT = Set.of("する", "ある", "いる", "なる", "れる", "られる", "せる", "させる", "思う", "言う", "いう",
			"困る", "できる", "おる", "しまう", "みる", "くる", "いく", "くれる", "もらう", "くださる", "いただく", "ほしい", "欲しい", "よい", "いい", "良い",
			"心配", "大変", "不安", "必要", "様", "よう", "そう", "ため");

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);

	private final BaseFormAttribute baseForm = addAttribute(BaseFormAttribute.class);

	PredicateFilter(TokenStream in) {
		super(in);
	}

	@Override
	public boolean incrementToken() throws IOException {
		while (this.input.incrementToken()) {
			String pos = this.partOfSpeech.getPartOfSpeech();
			String base = (this.baseForm.getBaseForm() != null) ? this.baseForm.getBaseForm() : this.term.toString();
			if (pos == null) {
				continue;
			}
			boolean negation = (pos.startsWith("助動詞") || pos.startsWith("形容詞"))
					&& (NEGATION.equals(base) || "ぬ".equals(base));
			if (negation) {
				this.term.setEmpty().append(NEGATION);
				return true;
			}
			boolean predicate = pos.startsWith("動詞-自立") || pos.startsWith("形容詞-自立") || pos.startsWith("名詞-形容動詞語幹");
			if (predicate && !LIGHT.contains(base)) {
				this.term.setEmpty().append(Readings.of(base));
				return true;
			}
		}
		return false;
	}

}
