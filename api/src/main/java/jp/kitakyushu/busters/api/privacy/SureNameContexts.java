package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks a name found only as possible when what stands right next to it leaves no doubt
 * that it is a person: the writer (私、坂井は, こんにちは、リサです), a role held by a person (班長 今村,
 * PTA副会長 ナカシマ, 看護師 やまだ, Coach Danny), a relative (おばあちゃんのタツヨ, 下の子（陽菜）, Grandma Yoshiko,
 * owner Fiona), a door or name plate (表札に「…」), a phone number after it on its line (谷口
 * 090-…), "… here" after it, or the post's last line, which it signs alone (…\n— 樋渡).
 * Flagged names are hidden too, so this changes what staff must review, not what the
 * public reads.
 */
final class SureNameContexts {

	private static final Pattern SURE_BEFORE = Pattern.compile("(?:(?:私|わたし|僕|ぼく)[、,] ?|(?:こんにちは|こんばんは|はじめまして)[、,] ?"
			+ "|(?:班長|会長|副会長|部長|課長|係長|理事長|委員長|委員|代表|担当|担当者|リーダー|副リーダー|幹事|会計|書記|世話人|組長|隊長|監督|コーチ|店主|管理人|大家"
			+ "|通報者|報告者|連絡者|申込者|本人|介護者|保護者|看護師)(?:は|：|:)?[ \\u3000]?"
			+ "|(?:おばあちゃん|おじいちゃん|ばあちゃん|じいちゃん|お母さん|お父さん|ママ|パパ|祖母|祖父|娘|息子|妻|夫|孫|兄|姉|弟|妹)の"
			+ "|(?:上の子|下の子|子)[（(]|(?:表札|名札)(?:は|に)?[「:：]|(?:^|\\n)[ \\u3000]*(?:[—―]{1,2}|以上[、,])[ \\u3000]?(?:目撃した[ \\u3000]?)?"
			+ "|\\b(?:Grandma|Grandpa|Granny|Grandmother|Grandfather|Mum|Mom|Dad|[Oo]wner|Aunt|Uncle|Auntie|Coach|Nurse|Officer|Sensei"
			+ "|my (?:son|daughter|wife|husband|mother|father|mum|mom|dad|grandson|granddaughter|grandmother|grandfather)) )$");

	/** A phone number after the name on its line, or "here" after it. */
	private static final Pattern SURE_AFTER = Pattern.compile(
			"^(?:[ \\u3000]*(?:\\+?\\d{2,4}[\\-. ]?\\d{2,4}[\\-. ]?\\d{3,4})(?!\\d)| (?:from [A-Z][a-z]+ )?here\\b)");

	/**
	 * What may stand before a name that signs a post alone on its last line: nothing, a
	 * dash, 以上、 or the writer's ward.
	 */
	private static final Pattern SIGNATURE_LINE = Pattern
		.compile("[ \\u3000]*(?:(?:[—―\\-ー]{1,2}|以上[、,])[ \\u3000]?|[^\\n]{0,6}区[ \\u3000]+)?");

	private static final Pattern TEXT_END = Pattern.compile("[ \\u3000。.!！]*");

	private static final int REACH = 24;

	private SureNameContexts() {
	}

	static void promote(String folded, List<Finding> candidates) {
		candidates.replaceAll((finding) -> (finding.kind() == PersonalDataKind.PERSON_NAME && finding.flagged()
				&& sure(folded, finding))
						? new Finding(finding.kind(), finding.start(), finding.end(), Confidence.MASKED) : finding);
	}

	private static boolean sure(String folded, Finding finding) {
		int from = Math.max(0, finding.start() - REACH);
		int to = Math.min(folded.length(), finding.end() + REACH);
		return SURE_BEFORE.matcher(folded).region(from, finding.start()).find()
				|| SURE_AFTER.matcher(folded).region(finding.end(), to).lookingAt() || signsAlone(folded, finding);
	}

	/** The name alone on the post's last line, after a line break (…\n— 樋渡). */
	private static boolean signsAlone(String folded, Finding finding) {
		int line = folded.lastIndexOf('\n', finding.start());
		return line >= 0 && TEXT_END.matcher(folded).region(finding.end(), folded.length()).matches()
				&& SIGNATURE_LINE.matcher(folded).region(line + 1, finding.start()).matches();
	}

}
