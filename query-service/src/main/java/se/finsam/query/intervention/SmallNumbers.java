package se.finsam.query.intervention;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Small-number suppression for the exports, so that no participant can be singled out
 * from them (see docs/national-follow-up-export.md for the rule and why it is safe).
 */
final class SmallNumbers {

	/** A count from 1 to 4. */
	static final String SUPPRESSED = "<5";

	/**
	 * Left out so that a suppressed count cannot be computed back; may hide a zero too.
	 */
	static final String WITHHELD = "..";

	private SmallNumbers() {
	}

	static boolean isSmall(int count) {
		return count >= 1 && count <= 4;
	}

	/** A count: {@code <5} from 1 to 4, otherwise the number (0 stays 0). */
	static String count(int count) {
		return isSmall(count) ? SUPPRESSED : Integer.toString(count);
	}

	/**
	 * The sum of published counts, shown only when none of them is suppressed. Any hint
	 * of its size ({@code <5}, {@code ≥5}, rounded) could give a suppressed part back, so
	 * it is withheld whole.
	 */
	static String total(int... parts) {
		return IntStream.of(parts).anyMatch(SmallNumbers::isSmall) ? WITHHELD
				: Integer.toString(IntStream.of(parts).sum());
	}

	/**
	 * The pieces a published count is broken down into, shown only when none of them is
	 * suppressed; otherwise every piece is withheld, zeros too, since the published count
	 * less the pieces shown would give a suppressed one back.
	 */
	static List<String> breakdown(List<Integer> pieces) {
		if (pieces.stream().anyMatch(SmallNumbers::isSmall)) {
			return Collections.nCopies(pieces.size(), WITHHELD);
		}
		return pieces.stream().map(String::valueOf).toList();
	}

}
