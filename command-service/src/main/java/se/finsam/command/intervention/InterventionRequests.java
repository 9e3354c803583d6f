package se.finsam.command.intervention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import se.finsam.command.shared.AnnualAmountInput;
import se.finsam.command.shared.DecisionInput;
import se.finsam.command.shared.OrganisationNumberFormat;
import se.finsam.command.shared.TermsInput.Goal;
import se.finsam.command.shared.TermsInput.Period;
import se.finsam.command.shared.TermsInput.SteeringSeat;
import se.finsam.command.shared.TermsInput.Target;
import se.finsam.events.AssociationId;
import se.finsam.events.InterventionId;
import se.finsam.events.InterventionKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.intervention.AgeBand;
import se.finsam.events.intervention.ExitOutcome;
import se.finsam.events.intervention.GoalMeasure;
import se.finsam.events.intervention.InterventionGoal;
import se.finsam.events.intervention.LegalGender;
import se.finsam.events.intervention.OutcomeCount;
import se.finsam.events.intervention.ParticipantCount;
import se.finsam.events.intervention.ReportDue;
import se.finsam.events.intervention.StepCount;

/**
 * The JSON bodies of the intervention commands, checked for form only (400). Whether
 * counts, dates and amounts fit the intervention is the aggregate's to judge (422), so
 * that every such refusal carries its rule's code.
 */
final class InterventionRequests {

	private static final String VERSION = "Ange vilken version av insatsen ändringen bygger på.";

	private static final String NEGATIVE = "Versionen kan inte vara negativ.";

	private static final String KRONOR = "Ange beloppet i kronor med högst två decimaler.";

	private static final String LONG_TEXT = "Texten får vara högst 10 000 tecken.";

	private InterventionRequests() {
	}

	/**
	 * The association's own standing intervention, started directly by a board decision.
	 */
	record Start(@NotNull(message = "Ange förbundet.") UUID associationId,
			@NotNull(message = "Ange styrelsebeslutet som startar insatsen.") @Valid DecisionInput decision,
			@NotBlank(message = "Ange insatsens namn.") @Size(max = 200,
					message = "Namnet får vara högst 200 tecken.") String name,
			@NotBlank(message = "Ange projektägarens organisationsnummer.") @OrganisationNumberFormat String owner,
			@NotNull(message = "Ange om insatsen är individinriktad eller strukturinriktad.") InterventionKind kind,
			@NotNull(message = "Beskriv målgruppen.") @Valid Target targetGroup,
			@NotNull(message = "Ange insatsens period.") @Valid Period period,
			@NotNull(message = "Ange insatsens budget per år.") List<@NotNull @Valid AnnualAmountInput> budget,
			List<@NotNull @Valid Goal> goals, List<@NotNull @Valid SteeringSeat> steeringGroup,
			@Size(max = 10000, message = LONG_TEXT) String conditions,
			@Size(max = 200, message = "Metoden får vara högst 200 tecken.") String method) {

		StartIntervention toCommand(InterventionId id) {
			return new StartIntervention(id, new AssociationId(this.associationId), this.decision.toReference(), null,
					this.name.strip(), OrganisationNumber.of(this.owner), this.kind, this.period.toPeriod(),
					this.budget.stream().map(AnnualAmountInput::toAmount).toList(), this.targetGroup.toTargetGroup(),
					orEmpty(this.goals).stream().map(Goal::toGoal).toList(),
					orEmpty(this.steeringGroup).stream().map(SteeringSeat::toMember).toList(),
					(this.conditions != null && !this.conditions.isBlank()) ? this.conditions.strip() : null,
					(this.method != null && !this.method.isBlank()) ? this.method.strip() : null);
		}

	}

	record Goals(@NotNull(message = VERSION) @PositiveOrZero(message = NEGATIVE) Long expectedVersion,
			@NotNull(message = "Ange styrelsebeslutet om målen.") @Valid DecisionInput decision,
			@NotNull(message = "Ange målen.") List<@NotNull @Valid MeasuredGoal> goals) {

		SetInterventionGoals toCommand(InterventionId id) {
			return new SetInterventionGoals(id, this.expectedVersion,
					this.goals.stream().map(MeasuredGoal::toGoal).toList(), this.decision.toReference());
		}

	}

	/**
	 * A goal as the board set it: what is measured, "at least" or "at most", and the
	 * target; or the description alone.
	 */
	record MeasuredGoal(
			@NotBlank(message = "Beskriv målet.") @Size(max = 2000,
					message = "Texten får vara högst 2 000 tecken.") String description,
			GoalMeasure measure, Boolean atLeast, BigDecimal target) {

		InterventionGoal toGoal() {
			return new InterventionGoal(this.description.strip(), this.measure, this.atLeast, this.target);
		}

	}

	record Extension(@NotNull(message = VERSION) @PositiveOrZero(message = NEGATIVE) Long expectedVersion,
			@NotNull(message = "Ange styrelsebeslutet om förlängningen.") @Valid DecisionInput decision,
			@NotNull(message = "Ange det nya slutdatumet.") LocalDate newEnd) {

	}

	record Budget(@NotNull(message = VERSION) @PositiveOrZero(message = NEGATIVE) Long expectedVersion,
			@NotNull(message = "Ange styrelsebeslutet om budgeten.") @Valid DecisionInput decision,
			@NotNull(message = "Ange den nya budgeten per år.") List<@NotNull @Valid AnnualAmountInput> budget) {

	}

	record Closing(@NotNull(message = VERSION) @PositiveOrZero(message = NEGATIVE) Long expectedVersion,
			@NotNull(message = "Ange styrelsebeslutet om att avsluta insatsen.") @Valid DecisionInput decision,
			@NotNull(message = "Ange dagen insatsen avslutas.") LocalDate closedOn) {

	}

	record Schedule(@NotNull(message = VERSION) @PositiveOrZero(message = NEGATIVE) Long expectedVersion,
			@NotNull(message = "Ange rapporterna som ska lämnas.") List<@NotNull @Valid Due> dues) {

		SetReportSchedule toCommand(InterventionId id) {
			return new SetReportSchedule(id, this.expectedVersion,
					this.dues.stream().map((due) -> new ReportDue(due.due(), due.periodEnd(), due.kind())).toList());
		}

	}

	record Due(@NotNull(message = "Ange när rapporten ska lämnas.") LocalDate due,
			@NotNull(message = "Ange vilken dag rapporten ska täcka perioden fram till.") LocalDate periodEnd, @NotNull(
					message = "Ange vad rapporten är till för: BOARD_MEETING, INTERIM, ANNUAL eller FINAL.") ReportDue.ReportKind kind) {

	}

	/** A report: counts only, never a participant. */
	record Report(@NotNull(message = "Ange periodens första dag.") LocalDate periodStart,
			@NotNull(message = "Ange periodens sista dag.") LocalDate periodEnd, UUID supersedes,
			@NotNull(message = "Ange kostnaderna hittills.") @Digits(integer = 13, fraction = 2,
					message = KRONOR) BigDecimal costsToDate,
			List<@NotNull @Valid Participants> participants, List<@NotNull @Valid Outcome> outcomes,
			List<@NotNull @Valid Steps> steps, @Size(max = 10000, message = LONG_TEXT) String narrative) {

		FileReport toCommand(InterventionId id, UUID reportId, LocalDate filedOn) {
			return new FileReport(id, reportId, this.periodStart, this.periodEnd, filedOn, this.supersedes,
					Money.ofKronor(this.costsToDate),
					orEmpty(this.participants).stream()
						.map((count) -> new ParticipantCount(count.gender(), count.ageBand(), count.newCount(),
								count.activeCount(), count.endedCount()))
						.toList(),
					orEmpty(this.outcomes).stream()
						.map((count) -> new OutcomeCount(count.gender(), count.outcome(), count.count()))
						.toList(),
					orEmpty(this.steps).stream().map((count) -> new StepCount(count.gender(), count.count())).toList(),
					this.narrative);
		}

	}

	record Participants(@NotNull(message = "Ange juridiskt kön: WOMAN eller MAN.") LegalGender gender,
			@NotNull(message = "Ange åldersgruppen.") AgeBand ageBand,
			@NotNull(message = "Ange antalet nya.") Integer newCount,
			@NotNull(message = "Ange antalet aktiva.") Integer activeCount,
			@NotNull(message = "Ange antalet avslutade.") Integer endedCount) {

	}

	record Outcome(@NotNull(message = "Ange juridiskt kön: WOMAN eller MAN.") LegalGender gender,
			@NotNull(message = "Ange utfallet: WORK, STUDIES, REFERRED_TO_AF eller OTHER.") ExitOutcome outcome,
			@NotNull(message = "Ange antalet.") Integer count) {

	}

	record Steps(@NotNull(message = "Ange juridiskt kön: WOMAN eller MAN.") LegalGender gender,
			@NotNull(message = "Ange antalet.") Integer count) {

	}

	record Disbursement(@NotNull(message = "Ange utbetalningsdagen.") LocalDate paidOn,
			@NotNull(message = "Ange beloppet.") @Digits(integer = 13, fraction = 2,
					message = KRONOR) BigDecimal amount) {

	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
