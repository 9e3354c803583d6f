package se.finsam.query.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import se.finsam.events.DecisionReference;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.plan.LineGroup;
import se.finsam.events.plan.MunicipalitySplit;
import se.finsam.events.plan.PlanGoals;
import se.finsam.events.plan.StatedFigure;

/**
 * An activity plan and budget as the read API shows it on one day ({@code asOf}). Amounts
 * are {@link Money} (strings with two decimals); per cents are strings with one decimal,
 * so that no reader turns either into a floating-point number.
 */
public record PlanView(String planId, String associationId, int year, long version, LocalDate asOf, Status status,
		LocalDate sentForConsultationOn, Adoption adoption, List<Revision> revisions, Closure closure, List<Line> lines,
		List<YearFigures> years, List<Contributions> contributions, PlanGoals goals, List<StatedFigure> stated,
		List<Finding> findings) {

	public enum Status {

		DRAFT, ADOPTED, CLOSED

	}

	/** {@code late}: adopted after 30 November of the year before (law 2003:1210 §23). */
	public record Adoption(DecisionReference decision, String citation, boolean late) {
	}

	/** A budget revision and the codes of the lines it changed or added. */
	public record Revision(DecisionReference decision, String citation, String reason, List<String> lines) {
	}

	/** The annual report's approval, with the closing equity it states. */
	public record Closure(DecisionReference decision, String citation, Money closingEquity) {
	}

	public record Line(String code, LineGroup group, String name, OrganisationNumber member, List<LineYear> years) {
	}

	/**
	 * @param adopted as adopted; null before the adoption and for a line a revision added
	 * @param spent the latest outcome recorded up to the day; zero without one
	 * @param remaining budget less what is committed: the reserved amount, or what is
	 * spent where that is more
	 */
	public record LineYear(int year, Money budget, Money adopted, Money reserved, Money spent, Money remaining) {
	}

	/**
	 * @param shares each group as a share of the contributions; null without
	 * contributions
	 * @param memberShares each member kind's contributions as a share of all
	 */
	public record YearFigures(int year, Money contributions, Money income, Money costs, Money result,
			Map<LineGroup, Money> groups, Map<LineGroup, String> shares, Map<MemberKind, String> memberShares,
			Equity equity) {
	}

	/**
	 * @param opening null while the opening equity is not recorded, as is {@code closing}
	 * @param ceiling the goal's share of the year's contributions; null without the goal
	 * @param floor null without the goal
	 */
	public record Equity(Money opening, Money drawn, Money result, Money closing, Money ceiling, Money floor) {
	}

	/**
	 * @param split null when nothing is pledged for the year
	 * @param receivedShares each member kind's share of what has been received; null
	 * before any payment
	 */
	public record Contributions(int year, MunicipalitySplit split, List<MemberContribution> members,
			Map<MemberKind, String> receivedShares) {
	}

	/**
	 * @param name null, as is {@code kind}, for an organisation the association's events
	 * have not named
	 * @param pledged null when the member paid without a pledge
	 */
	public record MemberContribution(OrganisationNumber member, String name, MemberKind kind, Money pledged,
			Money received) {
	}

	/**
	 * Something internal control should look at. {@code code} is stable; {@code message}
	 * is for people.
	 *
	 * @param stated the plan's figure or goal: an amount, or a whole per cent
	 * @param computed what the lines give: an amount, or a per cent (whole when compared
	 * with a stated share, else with one decimal)
	 */
	public record Finding(String code, String message, StatedFigure.Figure figure, LineGroup group, MemberKind kind,
			Integer year, String stated, String computed) {
	}

}
