package se.finsam.command.association;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.finsam.events.AssociationId;
import se.finsam.events.MemberKind;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;
import se.finsam.events.association.AssociationRegistered;
import se.finsam.events.association.BoardSeat;
import se.finsam.events.association.MemberOrganisation;

/** Test data for the association: the members the law asks for, and small variations. */
final class AssociationFixture {

	static final AssociationId ID = new AssociationId(UUID.fromString("0d5c9a53-4a3e-4a52-9a0e-1b8f5c6d7e21"));

	static final OrganisationNumber OWN_NUMBER = OrganisationNumber.of("222000-2634");

	static final MemberOrganisation FK = member("202100-5521", "Försäkringskassan", MemberKind.STATE_AGENCY);

	static final MemberOrganisation AF = member("202100-2114", "Arbetsförmedlingen", MemberKind.STATE_AGENCY);

	static final MemberOrganisation REGION = member("232100-0164", "Region Värmland", MemberKind.REGION);

	static final MemberOrganisation FORSHAGA = member("212000-1785", "Forshaga kommun", MemberKind.MUNICIPALITY);

	static final MemberOrganisation HAGFORS = member("212000-1827", "Hagfors kommun", MemberKind.MUNICIPALITY);

	private final List<MemberOrganisation> members = new ArrayList<>(List.of(FK, AF, REGION, FORSHAGA));

	private final List<BoardSeat> board = new ArrayList<>();

	static AssociationFixture association() {
		return new AssociationFixture();
	}

	static MemberOrganisation member(String number, String name, MemberKind kind) {
		return new MemberOrganisation(OrganisationNumber.of(number), name, kind);
	}

	static BoardSeat seat(MemberOrganisation member, String ordinary, String deputy) {
		return new BoardSeat(member.organisationNumber(), PersonName.of(ordinary),
				(deputy != null) ? PersonName.of(deputy) : null);
	}

	AssociationFixture without(MemberOrganisation member) {
		this.members.remove(member);
		return this;
	}

	AssociationFixture with(MemberOrganisation member) {
		this.members.add(member);
		return this;
	}

	AssociationFixture seated(BoardSeat seat) {
		this.board.add(seat);
		return this;
	}

	RegisterAssociation registration() {
		return new RegisterAssociation(ID, "Klarälvdalens Samordningsförbund", OWN_NUMBER, this.members, this.board);
	}

	AssociationRegistered registered() {
		return new AssociationRegistered(ID, "Klarälvdalens Samordningsförbund", OWN_NUMBER, this.members, this.board);
	}

}
