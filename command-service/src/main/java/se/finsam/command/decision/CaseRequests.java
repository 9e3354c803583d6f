package se.finsam.command.decision;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import se.finsam.command.shared.AnnualAmountInput;
import se.finsam.command.shared.DecisionInput;
import se.finsam.platform.format.Kronor;
import se.finsam.events.ApplicationId;
import se.finsam.events.DecisionType;
import se.finsam.events.PersonName;
import se.finsam.events.meeting.CastVote;
import se.finsam.events.meeting.VoteChoice;

/** The JSON bodies for agenda items, decisions and deferrals. */
final class CaseRequests {

	private CaseRequests() {
	}

	record AgendaItem(
			@NotNull(message = "Ange vilken version av sammanträdet ändringen bygger på.") @PositiveOrZero(
					message = "Versionen kan inte vara negativ.") Long expectedVersion,
			@NotBlank(message = "Ange ärendets rubrik.") @Size(max = 300,
					message = "Rubriken får vara högst 300 tecken.") String title,
			@NotNull(message = "Ange vilken sorts ärende det är.") DecisionType type, UUID applicationId,
			@Valid DecisionInput refersTo) {

		ApplicationId application() {
			return (this.applicationId != null) ? new ApplicationId(this.applicationId) : null;
		}

	}

	record Decision(
			@NotNull(message = "Ange vilken version av sammanträdet ändringen bygger på.") @PositiveOrZero(
					message = "Versionen kan inte vara negativ.") Long expectedVersion,
			@Size(max = 4000, message = "Beslutet får vara högst 4000 tecken.") String resolution,
			List<@NotNull @Valid Vote> votes, List<@NotBlank(message = "Ange namnet.") String> dissenting,
			VoteChoice castingVote, VoteChoice lot, @Valid Motion motion) {

		List<CastVote> castVotes() {
			return (this.votes != null) ? this.votes.stream().map(Vote::toVote).toList() : List.of();
		}

		List<PersonName> dissent() {
			return (this.dissenting != null) ? this.dissenting.stream().map(PersonName::of).toList() : List.of();
		}

		/** The wording for the minutes: as given, or written from the motion. */
		String wording() {
			if (this.resolution != null && !this.resolution.isBlank()) {
				return this.resolution.strip();
			}
			if (this.motion == null) {
				return null;
			}
			return switch (this.motion.kind()) {
				case APPROVE -> "Styrelsen beviljar ansökan " + this.motion.toMotion()
					.granted()
					.stream()
					.map((amount) -> Kronor.format(amount.amount()) + " för " + amount.year())
					.collect(Collectors.joining(" och ")) + ".";
				case REJECT -> "Styrelsen avslår ansökan.";
			};
		}

	}

	record Vote(
			@NotBlank(message = "Ange vem som röstar.") @Size(max = 200,
					message = "Namnet får vara högst 200 tecken.") String person,
			@NotNull(message = "Ange ja, nej eller avstår.") VoteChoice choice) {

		CastVote toVote() {
			return new CastVote(PersonName.of(this.person), this.choice);
		}

	}

	record Motion(@NotNull(message = "Ange om förslaget är att bevilja eller avslå.") GrantMotion.Kind kind,
			List<@NotNull @Valid AnnualAmountInput> granted,
			@Size(max = 4000, message = "Villkoren får vara högst 4000 tecken.") String conditions,
			@Size(max = 4000, message = "Skälet får vara högst 4000 tecken.") String reason) {

		GrantMotion toMotion() {
			return new GrantMotion(this.kind, (this.granted != null)
					? this.granted.stream().map(AnnualAmountInput::toAmount).toList() : List.of(), this.conditions,
					this.reason);
		}

	}

	record Deferral(
			@NotNull(message = "Ange vilken version av sammanträdet ändringen bygger på.") @PositiveOrZero(
					message = "Versionen kan inte vara negativ.") Long expectedVersion,
			@NotBlank(message = "Ange skälet till bordläggningen.") @Size(max = 2000,
					message = "Skälet får vara högst 2000 tecken.") String reason) {

	}

}
