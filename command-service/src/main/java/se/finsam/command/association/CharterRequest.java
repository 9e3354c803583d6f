package se.finsam.command.association;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import se.finsam.command.shared.DecisionInput;
import se.finsam.command.shared.OrganisationNumberFormat;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionType;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;
import se.finsam.events.association.ApplicationWindow;
import se.finsam.events.association.CharterRules;
import se.finsam.events.association.DeputyOrder;
import se.finsam.events.association.QualifiedMajority;
import se.finsam.events.association.QuorumRule;

/** The JSON body that sets an association's rules from a date on. */
record CharterRequest(
		@NotNull(message = "Ange vilken version av förbundet ändringen bygger på.") @PositiveOrZero(
				message = "Versionen kan inte vara negativ.") Long expectedVersion,
		@NotNull(message = "Ange från vilken dag reglerna gäller.") LocalDate validFrom,
		@NotNull(message = "Ange styrelsebeslutet som fastställde reglerna.") @Valid DecisionInput decision,
		@NotNull(message = "Ange reglerna.") @Valid Rules rules) {

	SetCharterRules toCommand(AssociationId associationId) {
		return new SetCharterRules(associationId, this.expectedVersion, this.validFrom, this.rules.toRules(),
				this.decision.toReference());
	}

	record Rules(@NotNull(message = "Ange regeln för beslutförhet.") QuorumRule quorum,
			@NotNull(message = "Ange om deltagande på distans räknas som närvaro.") Boolean remoteParticipationCounts,
			List<@NotNull @Valid Deputies> deputyOrders, List<@NotNull @Valid Majority> qualifiedMajorities,
			List<@NotNull @Valid Window> applicationWindows,
			List<@NotBlank(message = "Ett målområde måste ha ett namn.") @Size(max = 200,
					message = "Målområdets namn får vara högst 200 tecken.") String> goalAreas,
			@NotNull(message = "Ange hur många parter en ansökan ska omfatta.") Integer minimumParties,
			@NotNull(message = "Ange om jämställdhetsperspektiv krävs.") Boolean genderEqualityRequired,
			@NotNull(message = "Ange målgruppens lägsta ålder.") Integer youngestParticipant,
			@NotNull(message = "Ange målgruppens högsta ålder.") Integer oldestParticipant,
			@NotNull(message = "Ange inom hur många dagar protokollet ska justeras.") Integer minutesAdjustmentDays) {

		CharterRules toRules() {
			return new CharterRules(this.quorum, this.remoteParticipationCounts,
					orEmpty(this.deputyOrders).stream().map(Deputies::toOrder).toList(),
					orEmpty(this.qualifiedMajorities).stream().map(Majority::toMajority).toList(),
					orEmpty(this.applicationWindows).stream().map(Window::toWindow).toList(),
					orEmpty(this.goalAreas).stream().map(String::strip).toList(), this.minimumParties,
					this.genderEqualityRequired, this.youngestParticipant, this.oldestParticipant,
					this.minutesAdjustmentDays);
		}

	}

	record Deputies(
			@NotBlank(message = "Ange medlemsorganisationen.") @OrganisationNumberFormat String memberOrganisation,
			@NotEmpty(message = "Ange ersättarna i tjänstgöringsordning.") List<@NotBlank(
					message = "Ange ersättarens namn.") @Size(max = 200,
							message = "Namnet får vara högst 200 tecken.") String> deputies) {

		DeputyOrder toOrder() {
			return new DeputyOrder(OrganisationNumber.of(this.memberOrganisation),
					this.deputies.stream().map(PersonName::of).toList());
		}

	}

	record Majority(@NotNull(message = "Ange beslutstypen.") DecisionType decisionType,
			@NotNull(message = "Ange täljaren (t.ex. 2 i 2/3).") Integer numerator,
			@NotNull(message = "Ange nämnaren (t.ex. 3 i 2/3).") Integer denominator) {

		QualifiedMajority toMajority() {
			return new QualifiedMajority(this.decisionType, this.numerator, this.denominator);
		}

	}

	record Window(@NotNull(message = "Ange första dagen.") LocalDate opens,
			@NotNull(message = "Ange sista dagen.") LocalDate closes, @Digits(integer = 13, fraction = 2,
					message = "Ange beloppet i kronor med högst två decimaler.") BigDecimal announced) {

		ApplicationWindow toWindow() {
			return new ApplicationWindow(this.opens, this.closes,
					(this.announced != null) ? Money.ofKronor(this.announced) : null);
		}

	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
