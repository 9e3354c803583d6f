package se.finsam.query.intervention;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.finsam.events.plan.PlanGoals.GoalTarget;
import se.finsam.query.intervention.IndicatorTargets.Target;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.query.intervention.InterventionViewFixture.decimal;

class IndicatorTargetsTest {

	@Test
	void readsTheIndicatorNumberAndTheShareAsKlaralvdalensPlanWordsThem() {
		Map<Integer, Target> targets = IndicatorTargets
			.of(List.of(new GoalTarget("Minst 80 % upplever inflytande.", "NNS indikator 2", "80 %"),
					new GoalTarget("Minst 70 % känner sig mer redo.", "nns Indikator 7", "minst 70,5 %"),
					new GoalTarget("Fler deltagare än 2021.", null, "fler än 2021"),
					new GoalTarget("Deltagare närmar sig egen försörjning.", "NNS indikatorenkät", null),
					new GoalTarget("Samtliga parter deltar.", "NNS indikator 12", "samtliga parter"),
					new GoalTarget("Högst 10 % avbryter.", "NNS indikator 9", "högst 10 %"),
					new GoalTarget("Ett nummer utanför enkäten.", "NNS indikator 16", "50 %")));

		assertThat(targets).containsOnlyKeys(2, 7);
		assertThat(targets.get(2)).isEqualTo(new Target(decimal("80"), List.of("Minst 80 % upplever inflytande.")));
		assertThat(targets.get(7).share()).isEqualByComparingTo("70.5");
	}

	@Test
	void goalsNamingOneIndicatorWithDifferentSharesAreMetOnlyAtTheHighest() {
		Map<Integer, Target> targets = IndicatorTargets
			.of(List.of(new GoalTarget("Underlag för utveckling.", "NNS indikator 14", "66 %"),
					new GoalTarget("En strategi finns.", "NNS indikator 14", "70 %")));

		assertThat(targets.get(14))
			.isEqualTo(new Target(decimal("70"), List.of("Underlag för utveckling.", "En strategi finns.")));
	}

}
