package se.finsam.command.association;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import se.finsam.command.shared.OrganisationNumberFormat;
import se.finsam.events.MemberKind;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;
import se.finsam.events.association.BoardSeat;
import se.finsam.events.association.MemberOrganisation;

/**
 * The JSON bodies of the association commands, checked field by field before any rule
 * runs.
 */
final class AssociationRequests {

	private AssociationRequests() {
	}

	record Registration(
			@NotBlank(message = "Ange förbundets namn.") @Size(max = 200,
					message = "Namnet får vara högst 200 tecken.") String name,
			@NotBlank(
					message = "Ange förbundets organisationsnummer.") @OrganisationNumberFormat String organisationNumber,
			@NotEmpty(message = "Ange förbundets medlemsorganisationer.") List<@NotNull @Valid Member> members,
			List<@NotNull @Valid Seat> board) {

		List<BoardSeat> boardSeats() {
			return (this.board != null) ? this.board.stream().map(Seat::toSeat).toList() : List.of();
		}

	}

	record Member(
			@NotBlank(message = "Ange medlemsorganisationens namn.") @Size(max = 200,
					message = "Namnet får vara högst 200 tecken.") String name,
			@NotNull(message = "Ange om medlemmen är statlig myndighet, region eller kommun.") MemberKind kind,
			@NotBlank(
					message = "Ange medlemmens organisationsnummer.") @OrganisationNumberFormat String organisationNumber) {

		MemberOrganisation toMember() {
			return new MemberOrganisation(OrganisationNumber.of(this.organisationNumber), this.name.strip(), this.kind);
		}

	}

	record Seat(@NotBlank(
			message = "Ange vilken medlemsorganisation platsen tillhör.") @OrganisationNumberFormat String memberOrganisation,
			@NotBlank(message = "Ange ordinarie ledamot.") @Size(max = 200,
					message = "Namnet får vara högst 200 tecken.") String ordinaryMember,
			@Size(max = 200, message = "Namnet får vara högst 200 tecken.") String deputy) {

		BoardSeat toSeat() {
			return seat(this.memberOrganisation, this.ordinaryMember, this.deputy);
		}

	}

	record NewMember(
			@NotNull(message = "Ange vilken version av förbundet ändringen bygger på.") @PositiveOrZero(
					message = "Versionen kan inte vara negativ.") Long expectedVersion,
			@NotNull(message = "Ange medlemsorganisationen.") @Valid Member member) {

	}

	record SeatAssignment(
			@NotNull(message = "Ange vilken version av förbundet ändringen bygger på.") @PositiveOrZero(
					message = "Versionen kan inte vara negativ.") Long expectedVersion,
			@NotBlank(message = "Ange ordinarie ledamot.") @Size(max = 200,
					message = "Namnet får vara högst 200 tecken.") String ordinaryMember,
			@Size(max = 200, message = "Namnet får vara högst 200 tecken.") String deputy) {

		BoardSeat toSeat(String memberOrganisation) {
			return seat(memberOrganisation, this.ordinaryMember, this.deputy);
		}

	}

	/** A blank deputy is a vacant one. */
	private static BoardSeat seat(String memberOrganisation, String ordinaryMember, String deputy) {
		return new BoardSeat(OrganisationNumber.of(memberOrganisation), PersonName.of(ordinaryMember),
				(deputy == null || deputy.isBlank()) ? null : PersonName.of(deputy));
	}

}
