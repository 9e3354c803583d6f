package se.finsam.command.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.finsam.command.association.AssociationFacts;
import se.finsam.command.shared.RuleViolation;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.association.MemberOrganisation;
import se.finsam.events.plan.EconomicGoals;
import se.finsam.events.plan.MunicipalitySplit;
import se.finsam.events.plan.PlanGoals;
import se.finsam.events.plan.Pledge;
import se.finsam.events.plan.StatedFigure;
import se.finsam.events.plan.StatedFigure.Figure;

/** The rules for a plan's goals, its stated figures and the members' pledges. */
final class PlanChecks {

	private PlanChecks() {
	}

	static void goals(PlanGoals goals, RuleViolation.Collector rules) {
		Set<String> areas = new HashSet<>();
		for (int i = 0; i < goals.areas().size(); i++) {
			String area = goals.areas().get(i);
			rules.check(area != null && !area.isBlank() && areas.add(area.strip().toLowerCase(Locale.ROOT)),
					"plan.goal-area", "goals.areas[" + i + "]", "Varje målområde har ett namn och anges en gång.");
		}
		for (int i = 0; i < goals.targets().size(); i++) {
			PlanGoals.GoalTarget target = goals.targets().get(i);
			rules.check(target.text() != null && !target.text().isBlank(), "plan.goal-target",
					"goals.targets[" + i + "]", "Ett mätbart mål beskriver vad som mäts.");
		}
		EconomicGoals economic = (goals.economic() != null) ? goals.economic() : EconomicGoals.NONE;
		for (Integer percent : new Integer[] { economic.equityCeilingPercent(),
				economic.administrationShareMaxPercent(), economic.individualShareMinPercent() }) {
			rules.check(percent == null || (percent >= 0 && percent <= 100), "plan.goal-percent", "goals.economic",
					"En andel anges i procent, 0–100.");
		}
		rules.check(economic.equityFloor() == null || !economic.equityFloor().isNegative(), "plan.goal-floor",
				"goals.economic.equityFloor", "Golvet för eget kapital kan inte vara negativt.");
	}

	static void figures(List<StatedFigure> figures, int year, RuleViolation.Collector rules) {
		for (int i = 0; i < figures.size(); i++) {
			StatedFigure figure = figures.get(i);
			String field = "figures[" + i + "]";
			boolean share = figure.figure() == Figure.SHARE || figure.figure() == Figure.MEMBER_SHARE;
			rules.check(figure.year() >= year && figure.year() <= year + 2, "plan.figure-year", field + ".year",
					"Planen för " + year + " gäller åren " + year + "–" + (year + 2) + ", inte " + figure.year() + ".");
			rules.check(
					share ? figure.percent() != null && figure.amount() == null
							: figure.amount() != null && figure.percent() == null,
					"plan.figure-value", field, share ? "En andel anges i procent." : "Ett belopp anges i kronor.");
			rules.check(
					(figure.figure() == Figure.GROUP || figure.figure() == Figure.SHARE) == (figure.group() != null),
					"plan.figure-group", field + ".group", "Ange gruppen för delsummor och andelar, och bara för dem.");
			rules.check((figure.figure() == Figure.MEMBER_SHARE) == (figure.kind() != null), "plan.figure-kind",
					field + ".kind", "Ange medlemsslaget för en medlemsandel, och bara för den.");
		}
	}

	/**
	 * The pledges the command gives and the municipalities' split, or none if a rule
	 * breaks.
	 */
	static List<Pledge> pledges(PledgeContributions command, AssociationFacts facts, RuleViolation.Collector rules) {
		Set<OrganisationNumber> seen = new HashSet<>();
		for (int i = 0; i < command.others().size(); i++) {
			Pledge pledge = command.others().get(i);
			MemberKind kind = facts.member(pledge.member()).map(MemberOrganisation::kind).orElse(null);
			rules.check(kind != null && kind != MemberKind.MUNICIPALITY && seen.add(pledge.member()),
					"plan.pledge-member", "others[" + i + "].member", pledge.member()
							+ " är inte en statlig myndighet eller region i förbundet, eller anges två gånger.");
			rules.check(!pledge.amount().isNegative(), "plan.pledge-amount", "others[" + i + "].amount",
					"Ett bidrag kan inte vara negativt.");
		}
		List<Long> weights = new ArrayList<>();
		for (int i = 0; i < command.municipalityShares().size(); i++) {
			PledgeContributions.Municipality municipality = command.municipalityShares().get(i);
			MemberKind kind = facts.member(municipality.member()).map(MemberOrganisation::kind).orElse(null);
			rules.check(kind == MemberKind.MUNICIPALITY && seen.add(municipality.member()), "plan.pledge-municipality",
					"municipalityShares[" + i + "].member",
					municipality.member() + " är inte en kommun i förbundet, eller anges två gånger.");
			boolean byPopulation = command.split() == MunicipalitySplit.POPULATION;
			rules.check(!byPopulation || (municipality.population() != null && municipality.population() > 0),
					"plan.pledge-population", "municipalityShares[" + i + "].population",
					"Ange kommunens invånare 16–64 år den 1 juni året innan.");
			weights.add(byPopulation && municipality.population() != null ? (long) municipality.population() : 1L);
		}
		rules.check(!command.municipalities().isNegative(), "plan.pledge-amount", "municipalities",
				"Ett bidrag kan inte vara negativt.");
		rules.check(command.municipalityShares().isEmpty() == command.municipalities().equals(Money.ZERO),
				"plan.pledge-municipalities", "municipalityShares",
				"Ange kommunerna som delar på kommunernas bidrag (och ett belopp när kommuner anges).");
		if (!rules.isEmpty()) {
			return List.of();
		}
		List<Pledge> pledges = new ArrayList<>(command.others());
		if (!weights.isEmpty()) {
			List<Money> parts = ContributionSplit.split(command.municipalities(), weights);
			for (int i = 0; i < parts.size(); i++) {
				PledgeContributions.Municipality municipality = command.municipalityShares().get(i);
				pledges.add(new Pledge(municipality.member(), parts.get(i),
						(command.split() == MunicipalitySplit.POPULATION) ? municipality.population() : null));
			}
		}
		return pledges;
	}

}
