package se.finsam.events.association;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.DecisionType;
import se.finsam.events.MeetingId;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;

/** One sample of every association event, for the snapshot test. */
public final class AssociationSamples {

	public static final AssociationId ID = new AssociationId(UUID.fromString("3f1c2a4e-8d8b-4c1e-9a51-0b6f0f3c2d11"));

	public static final MeetingId MEETING = new MeetingId(UUID.fromString("7b0e9c52-1d4f-4a8e-b1c3-5e2f9a6d8c40"));

	public static final DecisionReference DECISION = new DecisionReference(MEETING, LocalDate.of(2024, 11, 27), 7);

	private static final MemberOrganisation FK = new MemberOrganisation(OrganisationNumber.of("202100-5521"),
			"Försäkringskassan", MemberKind.STATE_AGENCY);

	private static final MemberOrganisation REGION = new MemberOrganisation(OrganisationNumber.of("232100-0164"),
			"Region Värmland", MemberKind.REGION);

	private AssociationSamples() {
	}

	public static Map<String, Object> all() {
		return Map.of("AssociationRegistered",
				new AssociationRegistered(ID, "Klarälvdalens Samordningsförbund", OrganisationNumber.of("222000-2634"),
						List.of(FK, REGION),
						List.of(new BoardSeat(FK.organisationNumber(), PersonName.of("Anna Andersson"),
								PersonName.of("Bo Berg")))),
				"MemberOrganisationAdded",
				new MemberOrganisationAdded(ID,
						new MemberOrganisation(
								OrganisationNumber.of("212000-1785"), "Forshaga kommun", MemberKind.MUNICIPALITY)),
				"BoardSeatAssigned",
				new BoardSeatAssigned(ID,
						new BoardSeat(REGION.organisationNumber(), PersonName.of("Cecilia Dahl"), null)),
				"CharterRulesSet",
				new CharterRulesSet(ID, LocalDate.of(2025, 1, 1),
						new CharterRules(QuorumRule.MORE_THAN_HALF, true,
								List.of(new DeputyOrder(REGION.organisationNumber(),
										List.of(PersonName.of("Cecilia Dahl"), PersonName.of("David Ek")))),
								List.of(new QualifiedMajority(DecisionType.RULES, 2, 3)),
								List.of(new ApplicationWindow(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 10, 10),
										Money.ofKronor(new BigDecimal("549000")))),
								List.of("Arbete och studier", "Samverkan"), 2, true, 16, 64, 14),
						DECISION),
				"PersonalDataErased",
				new PersonalDataErased(ID, UUID.fromString("5d8a1f3e-2b7c-4e9a-8f10-6c4b2d9e7a31"),
						"Begäran om radering enligt GDPR artikel 17"));
	}

}
