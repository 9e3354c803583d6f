package se.finsam.events.plan;

import java.util.Objects;

import se.finsam.events.MemberKind;
import se.finsam.events.Money;

/**
 * A figure as the plan document prints it: a total, a subtotal, a share or an equity
 * figure, with the document's words. Kept as stated, never corrected; the read side
 * compares it with the sum of the lines and reports a difference as a finding.
 *
 * @param group the line group for {@link Figure#GROUP} and {@link Figure#SHARE}, else
 * null
 * @param kind the member kind for {@link Figure#MEMBER_SHARE}, else null
 * @param amount the amount, for amount figures
 * @param percent whole per cent, for share figures
 */
public record StatedFigure(Figure figure, LineGroup group, MemberKind kind, int year, Money amount, Integer percent,
		String text) {

	public StatedFigure {
		Objects.requireNonNull(figure, "figure");
	}

	/** What the figure is. Shares are of the year's contributions. */
	public enum Figure {

		CONTRIBUTIONS, INCOME, GROUP, COSTS, RESULT, SHARE, MEMBER_SHARE, EQUITY_OPENING, EQUITY_CLOSING

	}

}
