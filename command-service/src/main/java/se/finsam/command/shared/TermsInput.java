package se.finsam.command.shared;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;
import se.finsam.events.application.InterventionPeriod;
import se.finsam.events.application.MeasurableGoal;
import se.finsam.events.application.SteeringGroupMember;
import se.finsam.events.application.TargetGroup;

/**
 * The terms of funded work as requests give them, the same in an application and in a
 * board decision starting an intervention: target group, period, goals, steering group.
 */
public final class TermsInput {

	private TermsInput() {
	}

	public record Target(
			@NotBlank(message = "Beskriv målgruppen och dess behov.") @Size(max = 10000,
					message = "Texten får vara högst 10 000 tecken.") String description,
			@NotNull(message = "Ange målgruppens lägsta ålder.") Integer youngestAge,
			@NotNull(message = "Ange målgruppens högsta ålder.") Integer oldestAge) {

		public TargetGroup toTargetGroup() {
			return new TargetGroup(this.description.strip(), this.youngestAge, this.oldestAge);
		}

	}

	public record Period(@NotNull(message = "Ange startdatum.") LocalDate start,
			@NotNull(message = "Ange slutdatum.") LocalDate end) {

		public InterventionPeriod toPeriod() {
			return new InterventionPeriod(this.start, this.end);
		}

	}

	/** A goal in words, with its target value as text. */
	public record Goal(
			@NotBlank(message = "Beskriv målet.") @Size(max = 2000,
					message = "Texten får vara högst 2 000 tecken.") String description,
			@NotBlank(message = "Ange målvärdet, t.ex. 80 %.") @Size(max = 200,
					message = "Målvärdet får vara högst 200 tecken.") String target) {

		public MeasurableGoal toGoal() {
			return new MeasurableGoal(this.description.strip(), this.target.strip());
		}

	}

	public record SteeringSeat(@NotBlank(
			message = "Ange styrgruppsledamotens organisation.") @OrganisationNumberFormat String memberOrganisation,
			@NotBlank(message = "Ange styrgruppsledamotens namn.") @Size(max = 200,
					message = "Namnet får vara högst 200 tecken.") String person) {

		public SteeringGroupMember toMember() {
			return new SteeringGroupMember(OrganisationNumber.of(this.memberOrganisation), PersonName.of(this.person));
		}

	}

}
