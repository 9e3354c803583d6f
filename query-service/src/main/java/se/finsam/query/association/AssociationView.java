package se.finsam.query.association;

import java.time.Instant;
import java.util.List;

/** An association as the read API shows it. */
public record AssociationView(String associationId, String name, String organisationNumber, long version,
		Instant registeredAt, String registeredBy, Instant updatedAt, List<Member> members, List<Seat> board) {

	public record Member(String organisationNumber, String name, String kind) {
	}

	public record Seat(String memberOrganisation, String ordinaryMember, String deputy) {
	}

}
