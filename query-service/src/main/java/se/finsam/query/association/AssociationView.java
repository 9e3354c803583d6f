package se.finsam.query.association;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.finsam.events.DecisionReference;
import se.finsam.events.association.CharterRules;

/** An association as the read API shows it. */
public record AssociationView(String associationId, String name, String organisationNumber, long version,
		Instant registeredAt, String registeredBy, Instant updatedAt, List<Member> members, List<Seat> board,
		List<Charter> charter) {

	public record Member(String organisationNumber, String name, String kind) {
	}

	public record Seat(String memberOrganisation, String ordinaryMember, String deputy) {
	}

	/** One version of the association's rules, oldest first. */
	public record Charter(LocalDate validFrom, CharterRules rules, DecisionReference decision) {
	}

	/** An association in the list to choose from. */
	public record Summary(String associationId, String name, String organisationNumber) {
	}

}
