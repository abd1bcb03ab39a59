package jp.kitakyushu.busters.web.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with marked ranges, cut into plain and marked pieces so the template can escape
 * every piece itself and never renders HTML it did not write.
 *
 * @param text the plain text
 * @param highlights the marked character ranges
 */
public record Highlighted(String text, List<Range> highlights) {

	/**
	 * The same text without marks shorter than {@code characters} code points: a marked
	 * single character (の, 見) says nothing to a reader about why something matched.
	 */
	public Highlighted withoutMarksShorterThan(int characters) {
		return new Highlighted(this.text, this.highlights.stream().filter((range) -> {
			int start = Math.max(0, Math.min(range.start(), this.text.length()));
			int end = Math.max(start, Math.min(range.end(), this.text.length()));
			return this.text.codePointCount(start, end) >= characters;
		}).toList());
	}

	/** Whether any range is marked. */
	public boolean marked() {
		return pieces().stream().anyMatch(Piece::marked);
	}

	/** The pieces in order, each plain or marked. */
	public List<Piece> pieces() {
		List<Piece> pieces = new ArrayList<>();
		int at = 0;
		for (Range range : this.highlights.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList()) {
			int start = Math.max(range.start(), at);
			int end = Math.min(range.end(), this.text.length());
			if (start >= end) {
				continue;
			}
			if (start > at) {
				pieces.add(new Piece(this.text.substring(at, start), false));
			}
			pieces.add(new Piece(this.text.substring(start, end), true));
			at = end;
		}
		if (at < this.text.length()) {
			pieces.add(new Piece(this.text.substring(at), false));
		}
		return pieces;
	}

	/**
	 * A marked range.
	 *
	 * @param start first character
	 * @param end after the last character
	 */
	public record Range(int start, int end) {
	}

	/**
	 * A piece of text.
	 *
	 * @param text the piece
	 * @param marked whether it matched
	 */
	public record Piece(String text, boolean marked) {
	}

}
