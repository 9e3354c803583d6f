package se.finsam.command.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.finsam.command.association.AssociationFacts;
import se.finsam.command.shared.RuleViolation;
import se.finsam.events.AnnualAmount;
import se.finsam.events.plan.BudgetLine;
import se.finsam.events.plan.LineGroup;

/** The rules every budget line follows, in a draft and in a revision. */
final class PlanLines {

	private PlanLines() {
	}

	static void check(List<BudgetLine> lines, int year, AssociationFacts facts, RuleViolation.Collector rules,
			String field) {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			BudgetLine line = lines.get(i);
			String at = field + "[" + i + "]";
			rules.check(codes.add(line.code()), "plan.line-duplicate", at + ".code",
					"Radkoden " + line.code() + " förekommer flera gånger.");
			boolean contribution = line.group() == LineGroup.CONTRIBUTION;
			rules.check(!contribution || (line.member() != null && facts.isMember(line.member())),
					"plan.contribution-member", at + ".member", "En bidragsrad ska ange en av förbundets medlemmar.");
			rules.check(contribution || line.member() == null, "plan.member-on-cost-line", at + ".member",
					"Bara bidragsrader anger en medlem.");
			Set<Integer> years = new HashSet<>();
			for (AnnualAmount amount : line.amounts()) {
				rules.check(amount.year() >= year && amount.year() <= year + 2, "plan.line-year", at + ".amounts",
						"Planen för " + year + " gäller åren " + year + "–" + (year + 2) + ", inte " + amount.year()
								+ ".");
				rules.check(years.add(amount.year()), "plan.line-year-duplicate", at + ".amounts",
						"Året " + amount.year() + " anges flera gånger på raden " + line.name() + ".");
				rules.check(!amount.amount().isNegative(), "plan.line-negative", at + ".amounts",
						"Belopp skrivs som positiva tal; gruppen anger om raden är intäkt eller kostnad.");
			}
		}
	}

}
