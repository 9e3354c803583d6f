package se.finsam.query.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.finsam.events.DecisionReference;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.plan.EconomicGoals;
import se.finsam.events.plan.LineGroup;
import se.finsam.events.plan.StatedFigure;
import se.finsam.events.plan.StatedFigure.Figure;
import se.finsam.platform.format.Kronor;
import se.finsam.query.plan.PlanFigures.Equity;
import se.finsam.query.plan.PlanFigures.Share;
import se.finsam.query.plan.PlanFigures.Year;
import se.finsam.query.plan.PlanView.Finding;

/**
 * The controls internal control runs on a plan: the document's own figures against its
 * lines, the adoption date against the law, and the budget against the plan's economic
 * goals.
 */
final class PlanFindings {

	static final String STATED_FIGURE_MISMATCH = "plan.stated-figure-mismatch";

	static final String ADOPTED_LATE = "plan.adopted-late";

	static final String EQUITY_ABOVE_CEILING = "plan.equity-above-ceiling";

	static final String EQUITY_BELOW_FLOOR = "plan.equity-below-floor";

	static final String ADMINISTRATION_SHARE_ABOVE_GOAL = "plan.administration-share-above-goal";

	static final String INDIVIDUAL_SHARE_BELOW_GOAL = "plan.individual-share-below-goal";

	private PlanFindings() {
	}

	/**
	 * Stated figures against the document's own lines (as drafted), so that a later
	 * revision does not make the document wrong; the goals against the budget of the day.
	 * @param adoption the adoption if it had happened by the day, else null
	 */
	static List<Finding> of(int planYear, List<StatedFigure> stated, PlanFigures document, List<Equity> documentEquity,
			PlanFigures budget, List<Equity> equity, EconomicGoals goals, DecisionReference adoption, boolean late) {
		List<Finding> findings = new ArrayList<>();
		for (StatedFigure figure : stated) {
			int index = figure.year() - planYear;
			if (index >= 0 && index < PlanFigures.YEARS) {
				mismatch(figure, document.years().get(index), documentEquity.get(index)).ifPresent(findings::add);
			}
		}
		if (adoption != null && late) {
			findings.add(new Finding(ADOPTED_LATE, "Planen antogs " + adoption.citation() + ", efter den 30 november "
					+ (planYear - 1) + " som lagen anger (2003:1210 §23).", null, null, null, planYear, null, null));
		}
		if (goals != null) {
			for (int index = 0; index < PlanFigures.YEARS; index++) {
				goals(goals, budget.years().get(index), equity.get(index), findings);
			}
		}
		return List.copyOf(findings);
	}

	private static Optional<Finding> mismatch(StatedFigure figure, Year year, Equity equity) {
		boolean needsGroup = figure.figure() == Figure.GROUP || figure.figure() == Figure.SHARE;
		if ((needsGroup && figure.group() == null)
				|| (figure.figure() == Figure.MEMBER_SHARE && figure.kind() == null)) {
			// The contract requires them; without one there is nothing to compare with.
			return Optional.empty();
		}
		String stated;
		String computed;
		String statedText;
		String computedText;
		switch (figure.figure()) {
			case SHARE, MEMBER_SHARE -> {
				Share share = (figure.figure() == Figure.SHARE) ? year.share(figure.group())
						: year.memberShare(figure.kind());
				if (share == null) {
					return Optional.empty();
				}
				stated = (figure.percent() != null) ? String.valueOf(figure.percent()) : null;
				computed = String.valueOf(share.whole());
				statedText = (stated != null) ? stated + " %" : "inget värde";
				computedText = computed + " %";
			}
			default -> {
				Money amount = amount(figure, year, equity);
				if (amount == null) {
					return Optional.empty();
				}
				stated = (figure.amount() != null) ? figure.amount().toString() : null;
				computed = amount.toString();
				statedText = (figure.amount() != null) ? Kronor.format(figure.amount()) : "inget belopp";
				computedText = Kronor.format(amount);
			}
		}
		if (Objects.equals(stated, computed)) {
			return Optional.empty();
		}
		String words = (figure.text() != null && !figure.text().isBlank()) ? " (\"" + figure.text().strip() + "\")"
				: "";
		return Optional.of(new Finding(STATED_FIGURE_MISMATCH,
				label(figure) + " " + figure.year() + words + ": planen anger " + statedText + ", raderna ger "
						+ computedText + ".",
				figure.figure(), figure.group(), figure.kind(), figure.year(), stated, computed));
	}

	/** The computed amount a stated amount is compared with; null when it is unknown. */
	private static Money amount(StatedFigure figure, Year year, Equity equity) {
		return switch (figure.figure()) {
			case CONTRIBUTIONS -> year.contributions();
			case INCOME -> year.income();
			case GROUP -> year.group(figure.group());
			case COSTS -> year.costs();
			case RESULT -> year.result();
			case EQUITY_OPENING -> equity.opening();
			case EQUITY_CLOSING -> equity.closing();
			case SHARE, MEMBER_SHARE -> throw new IllegalArgumentException("A share is not an amount");
		};
	}

	private static void goals(EconomicGoals goals, Year year, Equity equity, List<Finding> findings) {
		Money contributions = year.contributions();
		Money closing = equity.closing();
		if (closing != null && goals.equityCeilingPercent() != null
				&& Share.compare(closing, contributions, goals.equityCeilingPercent()) > 0) {
			findings.add(new Finding(EQUITY_ABOVE_CEILING,
					"Utgående eget kapital " + year.year() + " (" + Kronor.format(closing) + ") är över taket på "
							+ goals.equityCeilingPercent() + " % av bidragen (" + Kronor.format(equity.ceiling())
							+ ").",
					Figure.EQUITY_CLOSING, null, null, year.year(), equity.ceiling().toString(), closing.toString()));
		}
		if (closing != null && goals.equityFloor() != null && closing.compareTo(goals.equityFloor()) < 0) {
			findings.add(new Finding(EQUITY_BELOW_FLOOR,
					"Utgående eget kapital " + year.year() + " (" + Kronor.format(closing) + ") är under golvet på "
							+ Kronor.format(goals.equityFloor()) + ".",
					Figure.EQUITY_CLOSING, null, null, year.year(), goals.equityFloor().toString(),
					closing.toString()));
		}
		if (!contributions.isPositive()) {
			return;
		}
		Integer maxAdministration = goals.administrationShareMaxPercent();
		if (maxAdministration != null
				&& Share.compare(year.group(LineGroup.ADMINISTRATION), contributions, maxAdministration) > 0) {
			findings.add(shareGoal(ADMINISTRATION_SHARE_ABOVE_GOAL, LineGroup.ADMINISTRATION, year, "högst",
					maxAdministration));
		}
		Integer minIndividual = goals.individualShareMinPercent();
		if (minIndividual != null
				&& Share.compare(year.group(LineGroup.INDIVIDUAL_INTERVENTIONS), contributions, minIndividual) < 0) {
			findings.add(shareGoal(INDIVIDUAL_SHARE_BELOW_GOAL, LineGroup.INDIVIDUAL_INTERVENTIONS, year, "minst",
					minIndividual));
		}
	}

	private static Finding shareGoal(String code, LineGroup group, Year year, String bound, int goal) {
		BigDecimal share = year.share(group).percent();
		return new Finding(code,
				capitalised(groupName(group)) + " är " + Kronor.percent(share) + " av bidragen " + year.year()
						+ "; målet är " + bound + " " + goal + " %.",
				Figure.SHARE, group, null, year.year(), String.valueOf(goal), share.toPlainString());
	}

	private static String label(StatedFigure figure) {
		return switch (figure.figure()) {
			case CONTRIBUTIONS -> "Summa bidrag";
			case INCOME -> "Summa intäkter";
			case GROUP -> "Summa " + groupName(figure.group());
			case COSTS -> "Summa kostnader";
			case RESULT -> "Resultat";
			case SHARE -> capitalised(groupName(figure.group())) + " som andel av bidragen";
			case MEMBER_SHARE -> kindName(figure.kind()) + " andel av bidragen";
			case EQUITY_OPENING -> "Ingående eget kapital";
			case EQUITY_CLOSING -> "Utgående eget kapital";
		};
	}

	private static String groupName(LineGroup group) {
		return switch (group) {
			case CONTRIBUTION -> "bidrag från medlemmarna";
			case EQUITY_DRAWN -> "eget kapital från tidigare år";
			case EXTERNAL_FUNDING -> "extern finansiering";
			case ADMINISTRATION -> "administration och kansli";
			case INDIVIDUAL_INTERVENTIONS -> "individinriktade insatser";
			case STRUCTURAL_INTERVENTIONS -> "strukturinriktade insatser";
			case FREE_FUNDS -> "fria medel";
			case OTHER -> "övriga kostnader";
		};
	}

	private static String kindName(MemberKind kind) {
		return switch (kind) {
			case STATE_AGENCY -> "Statens";
			case REGION -> "Regionernas";
			case MUNICIPALITY -> "Kommunernas";
		};
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
