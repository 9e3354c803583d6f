package se.finsam.command.intervention;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import se.finsam.command.shared.PerCent;
import se.finsam.command.shared.RuleViolation;
import se.finsam.events.AnnualAmount;
import se.finsam.events.intervention.AgeBand;
import se.finsam.events.intervention.GoalMeasure;
import se.finsam.events.intervention.InterventionGoal;
import se.finsam.events.intervention.LegalGender;
import se.finsam.events.intervention.OutcomeCount;
import se.finsam.events.intervention.ParticipantCount;
import se.finsam.events.intervention.StepCount;

/**
 * The rules for an intervention's budget, its goals and a report's figures: those that
 * need nothing of the intervention but its period.
 */
final class InterventionChecks {

	/**
	 * A Swedish personal identity number (or coordination number), with or without
	 * century and hyphen. Participants are never identified, so a narrative that holds
	 * one is refused rather than stored in an event that can never be changed.
	 */
	private static final Pattern PERSONAL_IDENTITY_NUMBER = Pattern.compile("\\b(19|20)?\\d{6}[-+]?\\d{4}\\b");

	private InterventionChecks() {
	}

	static void budget(List<AnnualAmount> budget, LocalDate start, LocalDate end, RuleViolation.Collector rules) {
		rules.check(!budget.isEmpty(), "intervention.budget-required", "budget", "Ange insatsens budget per år.");
		Set<Integer> years = new HashSet<>();
		for (AnnualAmount amount : budget) {
			rules.check(amount.year() >= start.getYear() && amount.year() <= end.getYear() && years.add(amount.year()),
					"intervention.budget-year", "budget",
					"Budgetåret " + amount.year() + " ligger utanför insatsens period eller anges två gånger.");
			rules.check(amount.amount().isPositive(), "intervention.budget-amount", "budget",
					"Budgeten för " + amount.year() + " ska vara större än 0 kr.");
		}
	}

	static void goals(List<InterventionGoal> goals, RuleViolation.Collector rules) {
		rules.check(!goals.isEmpty(), "intervention.goals-required", "goals", "Ange minst ett mål.");
		for (int i = 0; i < goals.size(); i++) {
			InterventionGoal goal = goals.get(i);
			String field = "goals[" + i + "]";
			rules.check(goal.description() != null && !goal.description().isBlank(), "intervention.goal-description",
					field + ".description", "Beskriv målet.");
			boolean measured = goal.measure() != null;
			rules.check(measured ? goal.atLeast() != null && goal.target() != null : goal.atLeast() == null && goal
				.target() == null, "intervention.goal-target", field, measured
						? "Ett mätt mål anger om det gäller minst eller högst och ett målvärde."
						: "Ett mål som bara följs upp i ord har inget målvärde; ange vad som mäts om det ska ha ett.");
			if (!measured || goal.target() == null) {
				continue;
			}
			if (isShare(goal.measure())) {
				rules.check(PerCent.isValid(goal.target()), "intervention.goal-percent", field + ".target",
						"En andel anges i procent, 0–100, med högst en decimal.");
			}
			else {
				rules.check(goal.target().signum() >= 0 && goal.target().stripTrailingZeros().scale() <= 0,
						"intervention.goal-count", field + ".target",
						"Ett antal deltagare anges som ett helt tal, 0 eller fler.");
			}
		}
	}

	private static boolean isShare(GoalMeasure measure) {
		return measure != GoalMeasure.COUNT_NEW && measure != GoalMeasure.COUNT_ACTIVE;
	}

	/** Counts that contradict each other, and a narrative that identifies someone. */
	static void report(FileReport report, RuleViolation.Collector rules) {
		Map<LegalGender, Integer> ended = new EnumMap<>(LegalGender.class);
		Map<LegalGender, Integer> active = new EnumMap<>(LegalGender.class);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < report.participants().size(); i++) {
			ParticipantCount count = report.participants().get(i);
			String field = "participants[" + i + "]";
			String who = plural(count.gender()) + " " + ages(count.ageBand());
			rules.check(count.newCount() >= 0 && count.activeCount() >= 0 && count.endedCount() >= 0,
					"intervention.report-count-negative", field, "Antalet " + who + " kan inte vara negativt.");
			rules.check(seen.add(count.gender() + "/" + count.ageBand()), "intervention.report-duplicate", field,
					"Ange " + who + " en gång.");
			rules.check(count.newCount() <= count.activeCount(), "intervention.report-new-above-active", field,
					"Fler nya än aktiva " + who + ": de nya räknas också som aktiva.");
			rules.check(count.endedCount() <= count.activeCount(), "intervention.report-ended-above-active", field,
					"Fler avslutade än aktiva " + who + ": de som avslutat räknas också som aktiva.");
			ended.merge(count.gender(), count.endedCount(), Integer::sum);
			active.merge(count.gender(), count.activeCount(), Integer::sum);
		}
		Map<LegalGender, Integer> wentSomewhere = new EnumMap<>(LegalGender.class);
		for (int i = 0; i < report.outcomes().size(); i++) {
			OutcomeCount outcome = report.outcomes().get(i);
			String field = "outcomes[" + i + "]";
			rules.check(outcome.count() >= 0, "intervention.report-count-negative", field,
					"Ett antal kan inte vara negativt.");
			rules.check(seen.add(outcome.gender() + "/" + outcome.outcome()), "intervention.report-duplicate", field,
					"Ange varje utfall för " + plural(outcome.gender()) + " en gång.");
			wentSomewhere.merge(outcome.gender(), outcome.count(), Integer::sum);
		}
		Map<LegalGender, Integer> stepped = new EnumMap<>(LegalGender.class);
		for (int i = 0; i < report.steps().size(); i++) {
			StepCount step = report.steps().get(i);
			String field = "steps[" + i + "]";
			rules.check(step.count() >= 0, "intervention.report-count-negative", field,
					"Ett antal kan inte vara negativt.");
			rules.check(seen.add(step.gender() + "/steps"), "intervention.report-duplicate", field,
					"Ange stegförflyttningar för " + plural(step.gender()) + " en gång.");
			stepped.merge(step.gender(), step.count(), Integer::sum);
		}
		for (LegalGender gender : LegalGender.values()) {
			int endedCount = ended.getOrDefault(gender, 0);
			int activeCount = active.getOrDefault(gender, 0);
			rules.check(wentSomewhere.getOrDefault(gender, 0) <= endedCount, "intervention.report-outcomes-above-ended",
					"outcomes", "Utfallen för " + plural(gender) + " är fler än de " + endedCount + " som avslutat.");
			rules.check(stepped.getOrDefault(gender, 0) <= activeCount, "intervention.report-steps-above-active",
					"steps", "Stegförflyttningarna för " + plural(gender) + " är fler än de " + activeCount
							+ " som varit aktiva.");
		}
		rules.check(!report.costsToDate().isNegative(), "intervention.report-costs-negative", "costsToDate",
				"Kostnaderna kan inte vara negativa.");
		rules.check(report.narrative() == null || !PERSONAL_IDENTITY_NUMBER.matcher(report.narrative()).find(),
				"intervention.report-personal-data", "narrative",
				"Texten innehåller något som liknar ett personnummer. Deltagare får aldrig kunna identifieras; "
						+ "ta bort numret.");
	}

	private static String plural(LegalGender gender) {
		return (gender == LegalGender.WOMAN) ? "kvinnor" : "män";
	}

	/** {@code AGE_20_24} as {@code 20–24 år}. */
	private static String ages(AgeBand band) {
		String[] parts = band.name().split("_");
		return parts[1] + "–" + parts[2] + " år";
	}

}
