package se.finsam.command.application;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import se.finsam.command.shared.AnnualAmountInput;
import se.finsam.command.shared.OrganisationNumberFormat;
import se.finsam.command.shared.TermsInput.Goal;
import se.finsam.command.shared.TermsInput.Period;
import se.finsam.command.shared.TermsInput.SteeringSeat;
import se.finsam.command.shared.TermsInput.Target;
import se.finsam.events.AnnualAmount;
import se.finsam.events.InterventionKind;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;
import se.finsam.events.application.ApplicationContent;
import se.finsam.events.application.Proposal;
import se.finsam.events.application.Recommendation;

/**
 * The JSON bodies of the application commands, checked field by field before any rule
 * runs. Which organisations, years and amounts are allowed is the aggregate's to judge
 * (422 with a rule's code); here only the form (400).
 */
final class ApplicationRequests {

	private static final String VERSION = "Ange vilken version av ansökan ändringen bygger på.";

	private static final String NEGATIVE_VERSION = "Versionen kan inte vara negativ.";

	private static final String LONG_TEXT = "Texten får vara högst 10 000 tecken.";

	private ApplicationRequests() {
	}

	record Submission(@NotNull(message = "Ange vilket förbund ansökan gäller.") UUID associationId, @NotBlank(
			message = "Ange den sökande medlemsorganisationens organisationsnummer.") @OrganisationNumberFormat String applicant,
			@NotNull(message = "Ange ansökans innehåll.") @Valid Content content) {

	}

	record Amendment(@NotNull(message = VERSION) @PositiveOrZero(message = NEGATIVE_VERSION) Long expectedVersion,
			@NotNull(message = "Ange ansökans innehåll.") @Valid Content content) {

	}

	record Withdrawal(@NotNull(message = VERSION) @PositiveOrZero(message = NEGATIVE_VERSION) Long expectedVersion,
			@NotBlank(message = "Ange varför ansökan dras tillbaka.") @Size(max = 10000,
					message = LONG_TEXT) String reason) {

	}

	record Registration(@NotNull(message = VERSION) @PositiveOrZero(message = NEGATIVE_VERSION) Long expectedVersion,
			@NotBlank(message = "Ange diarienumret, t.ex. 2025/14.") @Size(max = 50,
					message = "Diarienumret får vara högst 50 tecken.") String diaryNumber) {

	}

	record Assessment(@NotNull(message = VERSION) @PositiveOrZero(message = NEGATIVE_VERSION) Long expectedVersion,
			@NotBlank(message = "Ange beredningsgruppens bedömning.") @Size(max = 10000,
					message = LONG_TEXT) String assessment,
			@NotNull(
					message = "Ange rekommendationen: bevilja, bevilja med lägre belopp eller avslå.") Recommendation recommendation,
			List<@NotNull @Valid AnnualAmountInput> recommended) {

		List<AnnualAmount> recommendedAmounts() {
			return toAmounts(this.recommended);
		}

	}

	/**
	 * Conditions belong to an approval and a reason to a rejection; the other one is not
	 * recorded.
	 */
	record DecisionProposal(
			@NotNull(message = VERSION) @PositiveOrZero(message = NEGATIVE_VERSION) Long expectedVersion,
			@NotNull(message = "Ange om förslaget är att bevilja eller avslå.") Proposal.Outcome outcome,
			List<@NotNull @Valid AnnualAmountInput> amounts, @Size(max = 10000, message = LONG_TEXT) String conditions,
			@Size(max = 10000, message = LONG_TEXT) String reason) {

		Proposal toProposal() {
			return (this.outcome == Proposal.Outcome.APPROVE)
					? new Proposal(Proposal.Outcome.APPROVE, toAmounts(this.amounts), textOrNull(this.conditions), null)
					: new Proposal(Proposal.Outcome.REJECT, toAmounts(this.amounts), null, textOrNull(this.reason));
		}

	}

	record Content(
			@NotBlank(message = "Ange insatsens namn.") @Size(max = 200,
					message = "Namnet får vara högst 200 tecken.") String title,
			@NotBlank(message = "Ange huvudmannens organisationsnummer.") @OrganisationNumberFormat String owner,
			@NotNull(message = "Ange de deltagande parterna.") List<@NotBlank(
					message = "Ange partens organisationsnummer.") @OrganisationNumberFormat String> participants,
			@NotNull(message = "Ange om insatsen är individinriktad eller strukturinriktad.") InterventionKind kind,
			@NotNull(message = "Beskriv målgruppen.") @Valid Target targetGroup,
			@NotNull(message = "Ange insatsens period.") @Valid Period period,
			@NotNull(message = "Ange sökt belopp per år.") List<@NotNull @Valid AnnualAmountInput> requested,
			List<@NotBlank(message = "Ett målområde måste ha ett namn.") String> goalAreas,
			@NotNull(message = "Ange insatsens mätbara mål.") List<@NotNull @Valid Goal> measurableGoals,
			@Size(max = 10000, message = LONG_TEXT) String genderEquality,
			@NotBlank(message = "Beskriv hur arbetet ska föras in i medlemmarnas ordinarie verksamhet.") @Size(
					max = 10000, message = LONG_TEXT) String implementationPlan,
			List<@NotNull @Valid SteeringSeat> steeringGroup,
			@NotBlank(message = "Ange kontaktperson.") @Size(max = 200,
					message = "Namnet får vara högst 200 tecken.") String contactPerson,
			@Size(max = 200, message = "Metoden får vara högst 200 tecken.") String method) {

		ApplicationContent toContent() {
			return new ApplicationContent(this.title.strip(), OrganisationNumber.of(this.owner),
					this.participants.stream().map(OrganisationNumber::of).toList(), this.kind,
					this.targetGroup.toTargetGroup(), this.period.toPeriod(), toAmounts(this.requested),
					orEmpty(this.goalAreas).stream().map(String::strip).toList(),
					this.measurableGoals.stream().map(Goal::toGoal).toList(),
					(this.genderEquality != null) ? this.genderEquality.strip() : "", this.implementationPlan.strip(),
					orEmpty(this.steeringGroup).stream().map(SteeringSeat::toMember).toList(),
					PersonName.of(this.contactPerson),
					(this.method != null && !this.method.isBlank()) ? this.method.strip() : null);
		}

	}

	private static List<AnnualAmount> toAmounts(List<AnnualAmountInput> amounts) {
		return orEmpty(amounts).stream().map(AnnualAmountInput::toAmount).toList();
	}

	private static String textOrNull(String text) {
		return (text != null && !text.isBlank()) ? text.strip() : null;
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
