package se.finsam.command.intervention;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import se.finsam.events.intervention.AgeBand;
import se.finsam.events.intervention.ExitOutcome;
import se.finsam.events.intervention.GoalMeasure;
import se.finsam.events.intervention.GoalResult;
import se.finsam.events.intervention.InterventionGoal;
import se.finsam.events.intervention.LegalGender;
import se.finsam.events.intervention.OutcomeCount;
import se.finsam.events.intervention.ParticipantCount;
import se.finsam.events.intervention.StepCount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Goal fulfilment against a model that works in whole tenths of a per cent with integer
 * arithmetic only: rounding half up is {@code (2000 · part + whole) / (2 · whole)}.
 */
class GoalFulfilmentPropertyTest {

	@Property(tries = 500)
	void everyMeasuredGoalGetsTheValueAndVerdictTheModelGives(@ForAll("goals") List<InterventionGoal> goals,
			@ForAll("participants") List<ParticipantCount> participants,
			@ForAll("outcomes") List<OutcomeCount> outcomes, @ForAll("steps") List<StepCount> steps) {
		assertThat(GoalFulfilment.of(goals, participants, outcomes, steps))
			.isEqualTo(model(goals, participants, outcomes, steps));
	}

	@Example
	void roundsHalfUpToOneDecimal() {
		assertThat(share(1, 16)).isEqualTo(new BigDecimal("6.3"));
		assertThat(share(1, 8)).isEqualTo(new BigDecimal("12.5"));
		assertThat(share(2, 3)).isEqualTo(new BigDecimal("66.7"));
		assertThat(share(3, 3)).isEqualTo(new BigDecimal("100.0"));
	}

	@Example
	void judgesTheValueAsWritten() {
		// 44.96 % is written 45.0 %, which meets "at least 45 %".
		List<GoalResult> results = GoalFulfilment.of(List.of(InterventionFixture.TO_WORK_OR_STUDIES),
				List.of(new ParticipantCount(LegalGender.MAN, AgeBand.AGE_30_39, 0, 2500, 2500)),
				List.of(new OutcomeCount(LegalGender.MAN, ExitOutcome.WORK, 1124)), List.of());
		assertThat(results).containsExactly(new GoalResult(1, GoalMeasure.SHARE_ENDED_TO_WORK_OR_STUDIES,
				new BigDecimal("45.0"), new BigDecimal("45"), true));
	}

	private static BigDecimal share(int toWork, int ended) {
		return GoalFulfilment
			.of(List.of(InterventionFixture.TO_WORK_OR_STUDIES),
					List.of(new ParticipantCount(LegalGender.WOMAN, AgeBand.AGE_20_24, 0, ended, ended)),
					List.of(new OutcomeCount(LegalGender.WOMAN, ExitOutcome.WORK, toWork)), List.of())
			.get(0)
			.value();
	}

	private static List<GoalResult> model(List<InterventionGoal> goals, List<ParticipantCount> participants,
			List<OutcomeCount> outcomes, List<StepCount> steps) {
		long created = 0;
		long active = 0;
		long ended = 0;
		for (ParticipantCount count : participants) {
			created += count.newCount();
			active += count.activeCount();
			ended += count.endedCount();
		}
		long workOrStudies = 0;
		long af = 0;
		for (OutcomeCount outcome : outcomes) {
			if (Set.of(ExitOutcome.WORK, ExitOutcome.STUDIES).contains(outcome.outcome())) {
				workOrStudies += outcome.count();
			}
			else if (outcome.outcome() == ExitOutcome.REFERRED_TO_AF) {
				af += outcome.count();
			}
		}
		long stepped = steps.stream().mapToLong(StepCount::count).sum();
		List<GoalResult> results = new ArrayList<>();
		for (int i = 0; i < goals.size(); i++) {
			InterventionGoal goal = goals.get(i);
			if (goal.measure() == null) {
				continue;
			}
			Figure figure = switch (goal.measure()) {
				case SHARE_ENDED_TO_WORK_OR_STUDIES -> new Figure(workOrStudies, ended);
				case SHARE_ENDED_TO_WORK_STUDIES_OR_AF -> new Figure(workOrStudies + af, ended);
				case SHARE_ACTIVE_WITH_STEP -> new Figure(stepped, active);
				case COUNT_NEW -> new Figure(created, null);
				case COUNT_ACTIVE -> new Figure(active, null);
			};
			results.add(figure.result(i + 1, goal));
		}
		return results;
	}

	/**
	 * A share of {@code whole} in tenths of a per cent, or a count when there is none.
	 */
	private record Figure(long part, Long whole) {

		GoalResult result(int number, InterventionGoal goal) {
			if (this.whole == null) {
				long target = goal.target().longValueExact();
				return new GoalResult(number, goal.measure(), BigDecimal.valueOf(this.part), goal.target(),
						goal.atLeast() ? this.part >= target : this.part <= target);
			}
			if (this.whole == 0) {
				return new GoalResult(number, goal.measure(), null, goal.target(), null);
			}
			long tenths = (2000 * this.part + this.whole) / (2 * this.whole);
			long target = goal.target().movePointRight(1).longValueExact();
			return new GoalResult(number, goal.measure(), BigDecimal.valueOf(tenths, 1), goal.target(),
					goal.atLeast() ? tenths >= target : tenths <= target);
		}

	}

	@Provide
	Arbitrary<List<InterventionGoal>> goals() {
		Arbitrary<InterventionGoal> measured = Combinators
			.combine(Arbitraries.of(GoalMeasure.class), Arbitraries.of(true, false),
					Arbitraries.integers().between(0, 1000))
			.as((measure, atLeast, target) -> new InterventionGoal("Mål", measure, atLeast,
					(measure == GoalMeasure.COUNT_NEW || measure == GoalMeasure.COUNT_ACTIVE)
							? BigDecimal.valueOf(target) : BigDecimal.valueOf(target, 1)));
		Arbitrary<InterventionGoal> inWords = Arbitraries.just(InterventionFixture.IN_WORDS);
		return Arbitraries.frequencyOf(Tuple.of(5, measured), Tuple.of(1, inWords)).list().ofMaxSize(6);
	}

	@Provide
	Arbitrary<List<ParticipantCount>> participants() {
		return Combinators
			.combine(Arbitraries.of(LegalGender.class), Arbitraries.of(AgeBand.class), count(), count(), count())
			.as(ParticipantCount::new)
			.list()
			.ofMaxSize(8);
	}

	@Provide
	Arbitrary<List<OutcomeCount>> outcomes() {
		return Combinators.combine(Arbitraries.of(LegalGender.class), Arbitraries.of(ExitOutcome.class), count())
			.as(OutcomeCount::new)
			.list()
			.ofMaxSize(8);
	}

	@Provide
	Arbitrary<List<StepCount>> steps() {
		return Combinators.combine(Arbitraries.of(LegalGender.class), count()).as(StepCount::new).list().ofMaxSize(2);
	}

	private static Arbitrary<Integer> count() {
		return Arbitraries.integers().between(0, 400);
	}

}
